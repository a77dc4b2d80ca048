package pl.odnowa.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Sign in for a short-lived token. Send it as `Authorization: Bearer <token>`; "
        + "machine clients use an API key instead (see API keys). Reads need no credentials.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService logins;

    AuthResource(LoginService logins) {
        this.logins = logins;
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @NotBlank @Size(max = 60) @Schema(example = "anna.nowak") String username,
            @NotBlank @Size(max = 200) @Schema(example = "correct-horse-battery") String password) {
    }

    @Schema(name = "Token")
    public record TokenResponse(
            @Schema(example = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJvZG5vd2EiLCJzdWIiOiJhbm5hLm5vd2FrIn0.c2lnbmF0dXJl") String accessToken,
            @Schema(example = "Bearer") String tokenType,
            @Schema(description = "Seconds until the token expires", example = "900") long expiresIn,
            @Schema(example = "anna.nowak") String username,
            @Schema(example = "EDITOR") Role role,
            @Schema(example = "2461011") String municipality) {
    }

    @POST
    @Path("token")
    @AnonymousWrite
    @Extension(name = "x-anonymous", value = "true")
    @Operation(operationId = "createToken", summary = "Sign in", description = "Exchanges a username and password for a signed "
            + "token (JWT) valid for a short time (15 minutes by default). Wrong credentials get 401; repeated failures "
            + "for one username or from one address get 429 with Retry-After.")
    public TokenResponse token(@Valid @NotNull TokenRequest request, HttpServerRequest http) {
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        LoginService.Login login = logins.login(request.username(), request.password(), client);
        return new TokenResponse(login.token().value(), "Bearer", login.token().expiresInSeconds(), login.caller().name(),
                login.caller().role(), login.caller().municipality());
    }
}
