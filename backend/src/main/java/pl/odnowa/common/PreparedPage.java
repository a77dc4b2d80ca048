package pl.odnowa.common;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * A collection page already serialised, with its ETag ({@link ContentEtags#prepare}): what {@link CollectionEtags}
 * would make of a {@link PageResponse}, made once and kept, so that a page served again from a cache
 * (pl.odnowa.project.ProjectListCache) is neither serialised nor hashed again.
 */
public record PreparedPage(byte[] json, String tag) {

    /**
     * The response of a list operation declared as returning {@code T} (a {@link PageResponse}, which is what the
     * OpenAPI document shows) that carries this page instead: {@link CollectionEtags} answers it with its bytes and
     * ETag, or 304.
     */
    @SuppressWarnings("unchecked")
    public <T> RestResponse<T> response() {
        return (RestResponse<T>) RestResponse.ok(this);
    }
}
