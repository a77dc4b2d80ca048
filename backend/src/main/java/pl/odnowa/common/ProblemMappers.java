package pl.odnowa.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;

/** Maps every failure to one RFC 9457 problem body: no class names, no stack traces, no empty bodies. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response response = problem(e.status, e.type, e.title, e.getMessage(), uri, e.errors);
        e.headers.forEach(response.getHeaders()::putSingle);
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        ApiException invalid = ApiException.invalid(errors);
        return api(invalid, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException) {
            return api(ApiException.badRequest("body", "is not valid JSON: " + e.getOriginalMessage()), uri);
        }
        String field = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "body";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "is not a known property" + (u.getKnownPropertyIds() == null ? ""
                    : "; known: " + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } else if (e instanceof StrictValues.Refused refused) {
            message = refused.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + String.join(", ", java.util.Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).toList());
        } else if (e instanceof JsonMappingException m && m.getCause() instanceof ApiException api) {
            return api(api, uri);
        } else {
            message = "has the wrong type or format" + expected(e);
        }
        return api(ApiException.badRequest(field.isEmpty() ? "body" : field, message), uri);
    }

    /** Overrides Quarkus' own mapper for wrong types and unknown properties, to keep one error shape. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return problem(412, "urn:odnowa:problem:precondition-failed", "Precondition failed",
                "the object was changed by someone else at the same time: reload it and apply your change again", uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return api(Constraints.toProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (cause instanceof ApiException api) {
            return api(api, uri);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "cannot produce any of the media types in Accept";
            case 415 -> "unsupported Content-Type; send application/json";
            default -> title;
        };
        if (status >= 500) {
            Log.errorf(e, "Server error on %s", uri.getPath());
        }
        return problem(status, "urn:odnowa:problem:" + slug(title), title, detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiException known = findCause(e, ApiException.class);
        if (known != null) {
            return api(known, uri);
        }
        org.hibernate.exception.ConstraintViolationException sql = findCause(e, org.hibernate.exception.ConstraintViolationException.class);
        if (sql != null) {
            return constraint(sql, uri);
        }
        // SQLState class 22 (data exception): a value from the request the database cannot hold, e.g. NUL in a
        // path parameter or a number out of a column's range; the transaction is rolled back, nothing is written
        org.hibernate.exception.DataException data = findCause(e, org.hibernate.exception.DataException.class);
        if (data != null && data.getSQLState() != null && data.getSQLState().startsWith("22")) {
            Log.debugf(e, "Refused a value the database cannot store on %s", uri.getPath());
            return problem(400, "urn:odnowa:problem:validation-failed", "Invalid request",
                    "a value in the request cannot be stored: it is out of range or contains a character that is not allowed",
                    uri, List.of());
        }
        if (findCause(e, OptimisticLockException.class) != null
                || findCause(e, org.hibernate.StaleStateException.class) != null) {
            return optimisticLock(null, uri);
        }
        if (databaseUnreachable(e)) {
            Log.warnf("The database is not reachable (%s): answered 503 on %s", e.getClass().getSimpleName(), uri.getPath());
            Response response = problem(503, "urn:odnowa:problem:database-unavailable", "Service unavailable",
                    "the database cannot be reached just now; nothing was written: try again shortly", uri, List.of());
            response.getHeaders().putSingle("Retry-After", "5");
            return response;
        }
        Log.errorf(e, "Unexpected error on %s", uri.getPath());
        return problem(500, "urn:odnowa:problem:internal-error", "Internal error",
                "the server failed to handle this request; it has been logged", uri, List.of());
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem body = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * A lost or refused database connection: SQLState class 08 (connection exception), 57P01–57P03 (the server
     * shut down or is starting), or the pool could not get a connection. Suppressed exceptions count too: when the
     * connection is lost at commit, the transaction manager throws a {@code RollbackException} that carries the
     * driver's error as a suppressed {@code XAException}, not as its cause (found by DatabaseOutageTest).
     */
    static boolean databaseUnreachable(Throwable e) {
        return anywhere(e, t -> t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof ConnectException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    /** Whether {@code e}, one of its causes or one of their suppressed exceptions matches. */
    private static boolean anywhere(Throwable e, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(e));
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (matches.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.push(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        // a violation on the body parameter itself (e.g. @NotNull on a missing body) has no property path
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "String", "a string", "Integer", "a whole number", "int", "a whole number", "Long", "a whole number",
            "long", "a whole number", "BigDecimal", "a decimal number", "Boolean", "true or false",
            "boolean", "true or false", "LocalDate", "a date like 2022-05-19");

    private static String expected(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            String name = TYPE_NAMES.get(m.getTargetType().getSimpleName());
            if (name != null) {
                return "; expected " + name;
            }
            if (java.util.Collection.class.isAssignableFrom(m.getTargetType())) {
                return "; expected an array";
            }
            return "; expected an object";
        }
        return "";
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
