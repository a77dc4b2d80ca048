package pl.odnowa.security;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import io.agroal.api.AgroalDataSource;
import pl.odnowa.common.ApiException;
import pl.odnowa.config.OdnowaConfig;

/**
 * The API's own short-lived tokens (HS256, issuer "odnowa") and, when configured, the tokens of a city's identity
 * provider (OIDC, verified against its JWKS). Both become a {@link Caller}.
 */
@ApplicationScoped
public class TokenService {

    static final String ISSUER = "odnowa";

    private final OdnowaConfig.Auth config;
    private final AgroalDataSource dataSource;
    private volatile byte[] secret;
    private volatile DefaultJWTProcessor<SecurityContext> oidc;

    TokenService(OdnowaConfig config, AgroalDataSource dataSource) {
        this.config = config.auth();
        this.dataSource = dataSource;
    }

    public record Token(String value, long expiresInSeconds) {
    }

    public Token issue(Caller caller) {
        Instant now = Instant.now();
        Instant expires = now.plus(config.tokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(caller.name())
                .claim("role", caller.role().name()).claim("municipality", caller.municipality())
                .issueTime(Date.from(now)).expirationTime(Date.from(expires)).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new Token(jwt.serialize(), config.tokenTtl().toSeconds());
    }

    /** The caller a bearer token stands for; 401 when it is malformed, badly signed, expired or unknown. */
    public Caller verify(String token) {
        SignedJWT jwt;
        String issuer;
        try {
            jwt = SignedJWT.parse(token);
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw ApiException.unauthorized("the bearer token is neither a token of this API nor an API key");
        }
        if (ISSUER.equals(issuer)) {
            return own(jwt);
        }
        if (config.oidc().enabled() && config.oidc().issuer().filter(i -> i.equals(issuer)).isPresent()) {
            return fromIdentityProvider(token);
        }
        throw ApiException.unauthorized("tokens of issuer " + issuer + " are not accepted");
    }

    private Caller own(SignedJWT jwt) {
        try {
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret()))) {
                throw ApiException.unauthorized("the token's signature is not valid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "exp", "role"))
                    .verify(claims, null);
            return new Caller(claims.getSubject(), Role.valueOf(claims.getStringClaim("role")),
                    claims.getStringClaim("municipality"));
        } catch (JOSEException | ParseException | BadJOSEException | IllegalArgumentException e) {
            throw ApiException.unauthorized("the token is expired or not valid: sign in again");
        }
    }

    private Caller fromIdentityProvider(String token) {
        OdnowaConfig.Oidc settings = config.oidc();
        try {
            JWTClaimsSet claims = oidcProcessor().process(token, null);
            String username = claims.getStringClaim(settings.usernameClaim());
            String roleName = claims.getStringClaim(settings.roleClaim());
            Role role = roleName == null ? Role.VIEWER : Role.valueOf(roleName.toUpperCase(Locale.ROOT));
            String municipality = role == Role.SUPERADMIN ? null : claims.getStringClaim(settings.municipalityClaim());
            if (username == null || (role != Role.SUPERADMIN && municipality == null)) {
                throw ApiException.unauthorized("the identity provider's token lacks the claim "
                        + (username == null ? settings.usernameClaim() : settings.municipalityClaim()));
            }
            return new Caller(username, role, municipality);
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            throw ApiException.unauthorized("the identity provider's token is expired or not valid");
        }
    }

    private DefaultJWTProcessor<SecurityContext> oidcProcessor() {
        if (oidc == null) {
            OdnowaConfig.Oidc settings = config.oidc();
            String jwks = settings.jwks().orElseThrow(() -> new IllegalStateException("odnowa.auth.oidc.jwks is not set"));
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256,
                    JWSAlgorithm.PS256), jwkSource(jwks)));
            JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder().issuer(settings.issuer().orElseThrow());
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.audience().orElse(null), exact.build(),
                    Set.of("exp", settings.usernameClaim())));
            oidc = processor;
        }
        return oidc;
    }

    private static JWKSource<SecurityContext> jwkSource(String jwks) {
        try {
            if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
                return JWKSourceBuilder.create(URI.create(jwks).toURL()).build();
            }
            return new ImmutableJWKSet<>(JWKSet.load(new File(jwks)));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("odnowa.auth.oidc.jwks is not a valid URL", e);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read the JWKS file " + jwks, e);
        }
    }

    /** The configured secret, or the one generated once and kept in the database for every replica. */
    private byte[] secret() {
        if (secret == null) {
            secret = config.tokenSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(this::storedSecret);
            if (secret.length < 32) {
                throw new IllegalStateException("odnowa.auth.token-secret must have at least 32 characters");
            }
        }
        return secret;
    }

    private byte[] storedSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into signing_key (id, secret) values (1, ?) on conflict do nothing");
                var select = connection.prepareStatement("select secret from signing_key where id = 1")) {
            insert.setBytes(1, fresh);
            insert.executeUpdate();
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the token signing key", e);
        }
    }
}
