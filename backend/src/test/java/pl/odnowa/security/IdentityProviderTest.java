package pl.odnowa.security;

import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** A city's own identity provider, switched on by configuration: its signed tokens are accepted beside ours. */
@QuarkusTest
@TestProfile(IdentityProviderTest.CityProvider.class)
class IdentityProviderTest extends ApiTest {

    static final String ISSUER = "https://login.example.pl/realms/city";
    static final RSAKey KEY = generate();
    static final RSAKey STRANGER = generate();

    public static class CityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path jwks = Files.createTempFile("city-jwks", ".json");
                Files.writeString(jwks, new JWKSet(KEY.toPublicJWK()).toString());
                return Map.of("odnowa.auth.oidc.enabled", "true", "odnowa.auth.oidc.issuer", ISSUER,
                        "odnowa.auth.oidc.jwks", jwks.toString(), "odnowa.auth.oidc.audience", "odnowa");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void tokensOfTheCitysProviderAreAcceptedWithTheirRoleAndMunicipality() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        String editor = token(KEY, Map.of("preferred_username", "jan.kowalski", "municipality", teryt, "odnowa_role", "editor"), "odnowa");
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "kind", "BASIC", "title", "Z logowania miejskiego", "status", "PIPELINE"))
                .post("/api/v1/projects").then().statusCode(201);
        as(editor).queryParam("entity", "project").get("/api/v1/audit").then().statusCode(403);
        String viewer = token(KEY, Map.of("preferred_username", "ola", "municipality", teryt), "odnowa");
        as(viewer).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "kind", "BASIC", "title", "x", "status", "PIPELINE"))
                .post("/api/v1/projects").then().statusCode(403);
    }

    @Test
    void tokensSignedByAnotherKeyOrForAnotherAudienceAreRefused() {
        String teryt = Fixtures.municipality();
        Map<String, Object> claims = Map.of("preferred_username", "jan", "municipality", teryt, "odnowa_role", "editor");
        as(token(STRANGER, claims, "odnowa")).get("/api/v1/programmes").then().statusCode(401)
                .body("detail", equalTo("the identity provider's token is expired or not valid"));
        as(token(KEY, claims, "another-app")).get("/api/v1/programmes").then().statusCode(401);
        as(token(KEY, Map.of("preferred_username", "jan", "odnowa_role", "editor"), "odnowa")).get("/api/v1/programmes")
                .then().statusCode(401).body("detail", equalTo("the identity provider's token lacks the claim municipality"));
    }

    private static String token(RSAKey key, Map<String, Object> claims, String audience) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience)
                .expirationTime(new Date(System.currentTimeMillis() + 300_000));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("k" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
