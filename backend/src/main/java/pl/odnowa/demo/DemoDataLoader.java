package pl.odnowa.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

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
    /** Run in this order, in one transaction; a script that is not there yet is skipped. */
    private static final List<String> SCRIPTS = List.of("demo/bielsko-biala.sql", "demo/bielsko-biala-indicators.sql",
            "demo/bielsko-biala-evaluation.sql", "demo/bielsko-biala-procedure.sql", "demo/bielsko-biala-consultation.sql",
            "demo/bielsko-biala-diagnosis.sql",
            "demo/bielsko-biala-publish.sql");
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
                for (String script : SCRIPTS) {
                    String sql = script(script);
                    if (sql != null) {
                        statement.execute(sql);
                    }
                }
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

    private static String script(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
