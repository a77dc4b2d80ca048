package pl.odnowa.common.db;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Zero set-up runs: when no JDBC URL is configured, the running application (not the build, not the
 * tests) starts an embedded PostgreSQL whose data directory persists across restarts.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String DATA_DIR = "odnowa.embedded-db.data-dir";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || LaunchMode.current() == LaunchMode.TEST
                || isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return List.of();
        }
        ConfigValue configured = context.getValue(DATA_DIR);
        Path dataDir = isSet(configured)
                ? Path.of(configured.getValue())
                : Path.of(System.getProperty("user.home"), ".odnowa", "pgdata-15");
        String url = EmbeddedPostgresServer.start(dataDir.toAbsolutePath());
        Map<String, String> properties = Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
        // ordinal 150: above application.properties (250 is env), so explicit settings still win
        return List.of(new PropertiesConfigSource(properties, "embedded-postgres", 150));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
