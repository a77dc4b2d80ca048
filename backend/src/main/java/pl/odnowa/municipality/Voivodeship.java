package pl.odnowa.municipality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the 16 voivodeships, as {@link Voivodeships#canonical} accepts it (null is valid). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Voivodeship.Validator.class)
public @interface Voivodeship {

    String message() default "must be one of the 16 voivodeships, e.g. śląskie";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Voivodeship, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Voivodeships.find(value).isPresent();
        }
    }
}
