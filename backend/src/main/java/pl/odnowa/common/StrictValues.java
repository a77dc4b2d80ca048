package pl.odnowa.common;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Values PostgreSQL cannot store are refused while reading the body, naming the field, instead of failing at the
 * database with a 500: text with the NUL character (U+0000) and dates outside years 1–9999. A number where a date is
 * expected is a wrong type (Jackson would read it as a count of days since 1970). Registered last (lowest priority),
 * after Quarkus has added the java.time module, so that these readers win.
 */
@Singleton
public class StrictValues implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** An InvalidFormatException whose message is meant for the client (Jackson's own name Java classes). */
    static final class Refused extends InvalidFormatException {
        Refused(JsonParser p, String message, Object value, Class<?> type) {
            super(p, message, value, type);
        }
    }

    static SimpleModule module() {
        return new SimpleModule("odnowa-strict-values")
                .addDeserializer(String.class, new NoNulString())
                .addDeserializer(LocalDate.class, new StrictLocalDate());
    }

    /** A reader of one scalar type with its logical type (which selects the coercion rules of JacksonConfig). */
    private abstract static class Scalar<T> extends StdScalarDeserializer<T> {
        private final LogicalType logicalType;

        Scalar(Class<T> type, LogicalType logicalType) {
            super(type);
            this.logicalType = logicalType;
        }

        @Override
        public LogicalType logicalType() {
            return logicalType;
        }
    }

    static final class NoNulString extends Scalar<String> {
        NoNulString() {
            super(String.class, LogicalType.Textual);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new Refused(p, "must not contain the NUL character (\\u0000)", value, String.class);
            }
            return value;
        }
    }

    /** Delegates to Jackson's reader of ISO dates (no field sets its own @JsonFormat). */
    static final class StrictLocalDate extends Scalar<LocalDate> {
        StrictLocalDate() {
            super(LocalDate.class, LogicalType.DateTime);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw new Refused(p, "must be a date between 0001-01-01 and 9999-12-31", p.getText(), LocalDate.class);
            }
            return date;
        }
    }
}
