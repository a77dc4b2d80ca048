package pl.odnowa.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A client mistake or a refused operation, mapped to a problem response by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    public final int status;
    public final String type;
    public final String title;
    public final List<Problem.FieldError> errors;
    /** Response headers the answer needs (WWW-Authenticate on a 401, Retry-After on a 429). */
    public final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** No credentials, or credentials that are not valid (unknown, expired, revoked, badly signed). */
    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "urn:odnowa:problem:unauthorized", "Unauthorized", detail, List.of(
                new Problem.FieldError("Authorization", "send a Bearer token from POST /api/v1/auth/token or an API key")))
                .withHeader("WWW-Authenticate", "Bearer realm=\"odnowa\"");
    }

    /** A known caller whose role or municipality does not allow the operation. */
    public static ApiException forbidden(String detail) {
        return new ApiException(403, "urn:odnowa:problem:forbidden", "Forbidden", detail, List.of());
    }

    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(429, "urn:odnowa:problem:too-many-requests", "Too many requests", detail, List.of())
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    public static ApiException badRequest(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiException(400, "urn:odnowa:problem:validation-failed", "Invalid request", detail, errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "urn:odnowa:problem:not-found", "Not found",
                what + " " + id + " does not exist", List.of());
    }

    /** A referenced object (in the body or a filter) that does not exist: the field is named. */
    public static ApiException unknownReference(String field, String what, Object id) {
        return badRequest(field, what + " " + id + " does not exist");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "urn:odnowa:problem:conflict", "Conflict", detail, List.of());
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "urn:odnowa:problem:precondition-required", "Precondition required",
                "send If-Match with the ETag of the version you edited", List.of(
                        new Problem.FieldError("If-Match", "required for PUT, PATCH and DELETE")));
    }

    public static ApiException preconditionFailed(String currentEtag) {
        return new ApiException(412, "urn:odnowa:problem:precondition-failed", "Precondition failed",
                "the object was changed by someone else; its current ETag is " + currentEtag
                        + ": reload it and apply your change again", List.of(
                        new Problem.FieldError("If-Match", "does not match the current ETag " + currentEtag)));
    }
}
