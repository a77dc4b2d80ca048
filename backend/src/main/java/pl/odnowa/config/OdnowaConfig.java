package pl.odnowa.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code odnowa.*}. */
@ConfigMapping(prefix = "odnowa")
public interface OdnowaConfig {

    DemoData demoData();

    EmbeddedDb embeddedDb();

    interface DemoData {
        /** Load the Bielsko-Biała demo data on first start. */
        @WithDefault("true")
        boolean enabled();
    }

    interface EmbeddedDb {
        /** Data directory of the embedded PostgreSQL used when no JDBC URL is configured. */
        Optional<String> dataDir();
    }
}
