package pl.odnowa.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import pl.odnowa.config.OdnowaConfig;

/**
 * Loads the Bielsko-Biała demo data once, on the first start against a database that lacks it.
 * An advisory lock keeps two instances starting together from loading it twice.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String TERYT = "2461011";
    private static final String SCRIPT = "demo/bielsko-biala.sql";
    private static final long LOCK_KEY = 0x0D_0A_2461011L;

    void onStart(@Observes StartupEvent event, OdnowaConfig config, AgroalDataSource dataSource) throws SQLException {
        if (!config.demoData().enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
                if (exists(statement)) {
                    connection.rollback();
                    return;
                }
                statement.execute(script());
                connection.commit();
                Log.infof("Loaded the demo data of Bielsko-Biała (TERYT %s)", TERYT);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean exists(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select 1 from municipality where teryt = '" + TERYT + "'")) {
            return rows.next();
        }
    }

    private static String script() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
