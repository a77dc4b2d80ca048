package pl.odnowa.security;

import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import pl.odnowa.common.ApiException;

/**
 * Turns the request's credentials into its {@link Caller}: {@code Authorization: Bearer <token or API key>} or
 * {@code X-API-Key: <key>}. Bad credentials are a 401 even on reads; no credentials make an anonymous reader,
 * who may not write.
 */
public class AuthenticationFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Access access;
    private final TokenService tokens;
    private final ApiKeyService apiKeys;

    AuthenticationFilter(Access access, TokenService tokens, ApiKeyService apiKeys) {
        this.access = access;
        this.tokens = tokens;
        this.apiKeys = apiKeys;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        Caller caller = caller(request.getHeaderString("Authorization"), request.getHeaderString(ApiKeyService.HEADER));
        access.authenticate(caller);
        if (caller == null && !READS.contains(request.getMethod()) && resource.getResourceMethod() != null
                && !resource.getResourceMethod().isAnnotationPresent(AnonymousWrite.class)) {
            throw ApiException.unauthorized("writes need a signed-in user or an API key");
        }
    }

    private Caller caller(String authorization, String apiKey) {
        if (apiKey != null) {
            return apiKeys.authenticate(apiKey.strip());
        }
        if (authorization == null) {
            return null;
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiException.unauthorized("the Authorization header must be \"Bearer <token or API key>\"");
        }
        return ApiKeyService.looksLikeKey(parts[1]) ? apiKeys.authenticate(parts[1]) : tokens.verify(parts[1]);
    }
}
