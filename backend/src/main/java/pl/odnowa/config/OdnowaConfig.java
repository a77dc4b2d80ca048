package pl.odnowa.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code odnowa.*}. */
@ConfigMapping(prefix = "odnowa")
public interface OdnowaConfig {

    DemoData demoData();

    EmbeddedDb embeddedDb();

    /** Password of the superadmin {@code admin} created on first start; unset: a random one is printed once. */
    Optional<String> adminPassword();

    Auth auth();

    interface DemoData {
        /** Load the Bielsko-Biała demo data on first start. */
        @WithDefault("true")
        boolean enabled();
    }

    interface EmbeddedDb {
        /** Data directory of the embedded PostgreSQL used when no JDBC URL is configured. */
        Optional<String> dataDir();
    }

    interface Auth {
        /** How long a token from POST /api/v1/auth/token is valid. */
        @WithDefault("PT15M")
        Duration tokenTtl();

        /**
         * Secret (at least 32 characters) signing the API's own tokens; every replica needs the same. Unset: a
         * random key is generated once and kept in the database, which all replicas share.
         */
        Optional<String> tokenSecret();

        /** Work factor of the bcrypt password hashes (each step doubles the cost). */
        @WithDefault("12")
        int bcryptCost();

        /** Failed sign-ins of one username within the window before further attempts get 429. */
        @WithDefault("5")
        int maxFailuresPerUser();

        /** Failed sign-ins from one client address within the window before further attempts get 429. */
        @WithDefault("20")
        int maxFailuresPerClient();

        @WithDefault("PT15M")
        Duration failureWindow();

        /** Longest validity of an API key, and the default when the request gives no expiry. */
        @WithDefault("P365D")
        Duration apiKeyMaxTtl();

        Oidc oidc();
    }

    /** A city's own identity provider: its signed tokens are accepted beside the API's own. */
    interface Oidc {
        @WithDefault("false")
        boolean enabled();

        /** The provider's issuer (the iss claim), e.g. https://login.example.pl/realms/city. */
        Optional<String> issuer();

        /** The provider's JWKS: an https URL (jwks_uri of its discovery document) or a local file. */
        Optional<String> jwks();

        /** Expected audience (aud claim), when the provider sets one. */
        Optional<String> audience();

        @WithDefault("preferred_username")
        String usernameClaim();

        /** Claim holding the TERYT code of the user's municipality. */
        @WithDefault("municipality")
        String municipalityClaim();

        /** Claim holding viewer, editor, admin or superadmin. */
        @WithDefault("odnowa_role")
        String roleClaim();
    }
}
