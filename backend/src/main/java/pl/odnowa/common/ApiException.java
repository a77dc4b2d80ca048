package pl.odnowa.common;

import java.util.List;

/** A client mistake or a refused operation, mapped to a problem response by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    public final int status;
    public final String type;
    public final String title;
    public final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
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
