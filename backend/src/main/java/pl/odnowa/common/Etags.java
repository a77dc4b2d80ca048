package pl.odnowa.common;

import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/** ETags are the entity's version: {@code "7"}. GET answers If-None-Match; writes require If-Match. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static String header(long version) {
        return tag(version).toString();
    }

    /** 200 with the body and its ETag, or 304 when the client already holds this version. */
    public static <T> RestResponse<T> conditional(String ifNoneMatch, long version, T body) {
        return conditional(ifNoneMatch, tag(version), body);
    }

    /** 200 with the body and this ETag, or 304 when the client already holds it. */
    public static <T> RestResponse<T> conditional(String ifNoneMatch, EntityTag tag, T body) {
        if (ifNoneMatch != null && matches(ifNoneMatch, tag.getValue())) {
            return RestResponse.ResponseBuilder.<T>notModified().tag(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** 201 with Location, the body and its ETag. */
    public static <T> RestResponse<T> created(java.net.URI location, long version, T body) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(tag(version)).build();
    }

    /** 200 with the body of the new version and its ETag. */
    public static <T> RestResponse<T> updated(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(tag(version)).build();
    }

    /** 428 when If-Match is missing, 412 when it names another version than the current one. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (!matchesStrongly(ifMatch, Long.toString(currentVersion))) {
            throw ApiException.preconditionFailed(header(currentVersion));
        }
    }

    /** If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches. */
    private static boolean matchesStrongly(String headerValue, String tagValue) {
        return Arrays.stream(headerValue.split(",")).map(String::trim)
                .anyMatch(t -> t.equals("*") || t.equals("\"" + tagValue + "\""));
    }

    /** If-None-Match: a list of tags (weak ones compare equal, RFC 9110 §13.1.2) or {@code *} names this tag value. */
    public static boolean matches(String headerValue, String tagValue) {
        return Arrays.stream(headerValue.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals("\"" + tagValue + "\""));
    }
}
