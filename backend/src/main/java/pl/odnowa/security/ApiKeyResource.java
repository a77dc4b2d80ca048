package pl.odnowa.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import pl.odnowa.common.Etags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for other systems, scoped to a municipality and a role, with an expiry. "
        + "Send one as `Authorization: Bearer <key>` or `X-API-Key: <key>`. The key is shown once; only its hash is kept.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService service;

    ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Without the keys themselves. "
            + "Admins see their municipality's; the superadmin all. Sort keys: name, createdAt, expiresAt.")
    public PageResponse<ApiKeyResponse> list(
            @Parameter(description = "TERYT code (superadmin only; others always see their own)", example = "2461011")
            @QueryParam("municipality") String municipality,
            @BeanParam ListParams params) {
        return service.list(municipality, params.sort, params.pageRequest());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key", description = "Its expiry, revocation and last use; never the key.")
    public RestResponse<ApiKeyResponse> get(
            @Parameter(description = "API key id", example = "3") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        ApiKey key = service.get(id);
        return Etags.conditional(ifNoneMatch, key.version, ApiKeyResponse.from(key, null));
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Issue an API key", description = "The answer holds the key: store it, "
            + "it is never shown again. An admin issues keys for its municipality up to its own role.")
    public RestResponse<ApiKeyResponse> create(@Valid @NotNull ApiKeyRequest request, UriInfo uri) {
        ApiKeyResponse key = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(Long.toString(key.id())).build(), key.version(), key);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "It stops working at once and stays "
            + "listed with revokedAt. Requires If-Match.")
    public void revoke(
            @Parameter(description = "API key id", example = "3") @PathParam("id") long id,
            @Parameter(description = "ETag of the version revoked", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.revoke(id, ifMatch);
    }
}
