package pl.odnowa.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * ETags for reference data that has no version column: a hash of the JSON served, so the tag changes exactly
 * when the content does (say, after a migration corrects a title). Responses may be cached for a day. Also the
 * ETag of a versioned object read without the drafts the caller may not see.
 */
@ApplicationScoped
public class ContentEtags {

    public static final String CACHE_CONTROL = "public, max-age=86400";

    private final ObjectMapper mapper;

    ContentEtags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** 200 with the body, its ETag and Cache-Control, or 304 when the client already holds this content. */
    public <T> RestResponse<T> conditional(String ifNoneMatch, T body) {
        EntityTag tag = new EntityTag(hash(body));
        if (ifNoneMatch != null && Etags.matches(ifNoneMatch, tag.getValue())) {
            return RestResponse.ResponseBuilder.<T>notModified().tag(tag).header("Cache-Control", CACHE_CONTROL).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).header("Cache-Control", CACHE_CONTROL).build();
    }

    /**
     * 200 or 304 for a versioned object as the caller may read it: {@code body}, which may leave out links that
     * {@code full}, its representation for those who may see drafts, has. The version's ETag names the full body,
     * so a body without them is tagged with a hash of its content instead (as a collection page is): a 304 never
     * answers for a body built for someone else, and the tag moves when what was left out is published.
     */
    public <T> RestResponse<T> conditional(String ifNoneMatch, long version, T body, T full) {
        return Etags.conditional(ifNoneMatch, body.equals(full) ? Etags.tag(version) : new EntityTag(hash(body)), body);
    }

    /** 200 with Cache-Control, for collections of reference data. */
    public <T> RestResponse<T> cacheable(T body) {
        return RestResponse.ResponseBuilder.ok(body).header("Cache-Control", CACHE_CONTROL).build();
    }

    public String hash(Object body) {
        return hashJson(json(body));
    }

    /** A collection page serialised and hashed once, as {@link CollectionEtags} serves it. */
    public PreparedPage prepare(PageResponse<?> page) {
        byte[] json = json(page);
        return new PreparedPage(json, hashJson(json));
    }

    /** The JSON the API serves for this body, as the response writer would write it (same mapper). */
    public byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot compute the ETag of a response", e);
        }
    }

    /** The ETag value of a JSON body: the first 12 bytes of its SHA-256, in hex. */
    public String hashJson(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
