package pl.odnowa.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that anyone may call because it changes nothing a city owns (signing in, checking a draft).
 * Every other POST, PUT, PATCH and DELETE is refused with 401 before it runs when no credentials are sent.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnonymousWrite {
}
