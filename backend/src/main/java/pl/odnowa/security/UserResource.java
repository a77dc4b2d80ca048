package pl.odnowa.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/users")
@Tag(name = "Users", description = "People who sign in. A municipality's admins manage its users (up to admin); "
        + "the superadmin manages everyone. Passwords are stored as bcrypt hashes and never returned.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService service;

    UserResource(UserService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users", description = "An admin sees the users of its municipality; "
            + "the superadmin sees all, or one municipality's. Sort keys: username, role, createdAt.")
    public PageResponse<UserResponse> list(
            @Parameter(description = "TERYT code (superadmin only; others always see their own)", example = "2461011")
            @QueryParam("municipality") String municipality,
            @BeanParam ListParams params) {
        return service.list(municipality, params.sort, params.pageRequest());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "Get a user", description = "Users may read themselves; admins their municipality's users.")
    public RestResponse<UserResponse> get(
            @Parameter(description = "User id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        AppUser user = service.get(id);
        return Etags.conditional(ifNoneMatch, user.version, UserResponse.from(user));
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a user", description = "Password: 12 to 72 characters. "
            + "409 when the username is taken (case-insensitive).")
    public RestResponse<UserResponse> create(@Valid @NotNull UserRequest request, UriInfo uri) {
        AppUser user = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(user.id.toString()).build(), user.version, UserResponse.from(user));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceUser", summary = "Replace a user", description = "Requires If-Match; omit password to keep it. "
            + "Changes the role or disables (enabled false) or enables the user: a disabled user cannot sign in, and tokens it "
            + "already holds end within their validity (odnowa.auth.token-ttl). 409 when callers disable themselves or change "
            + "their own role or municipality.")
    public RestResponse<UserResponse> replace(
            @Parameter(description = "User id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UserRequest request) {
        AppUser user = service.replace(id, ifMatch, request);
        return Etags.updated(user.version, UserResponse.from(user));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteUser", summary = "Delete a user", description = "Requires If-Match; nobody can delete themselves.")
    public void delete(
            @Parameter(description = "User id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
