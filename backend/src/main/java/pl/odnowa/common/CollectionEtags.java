package pl.odnowa.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags for collection pages: a hash of the page served, so a client polling with If-None-Match gets 304 until
 * anything on the page changes (an item's version, an added or removed item, the totals). Computed from the
 * content, so it is right whatever changed and needs no cache that could go stale.
 */
public class CollectionEtags {

    private final ContentEtags etags;

    CollectionEtags(ContentEtags etags) {
        this.etags = etags;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !(response.getEntity() instanceof PageResponse<?>)
                || response.getHeaders().containsKey("ETag")) {
            return;
        }
        String tag = etags.hash(response.getEntity());
        response.getHeaders().putSingle("ETag", "\"" + tag + "\"");
        String ifNoneMatch = request.getHeaderString("If-None-Match");
        if (ifNoneMatch != null && Etags.matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
