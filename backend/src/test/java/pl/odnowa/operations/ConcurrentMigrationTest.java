package pl.odnowa.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/**
 * Several replicas starting at once against a database without the schema: each runs Flyway's migrate, as
 * quarkus.flyway.migrate-at-start does. Exactly one applies the migrations (Flyway's PostgreSQL advisory lock); the
 * others find the schema current. Runs in a schema of its own, dropped afterwards.
 */
@QuarkusTest
class ConcurrentMigrationTest extends ApiTest {

    private static final int REPLICAS = 3;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void replicasStartingTogetherMigrateOnce() throws Exception {
        String schema = "ops_migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema); // as public exists in a fresh database
        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                results.add(replicas.submit(() -> {
                    Flyway flyway = Flyway.configure().dataSource(url, username, password)
                            .schemas(schema).defaultSchema(schema).locations("classpath:db/migration").load();
                    start.await();
                    return flyway.migrate();
                }));
            }
            start.countDown();
            int applied = 0;
            int migrations = 0;
            for (Future<MigrateResult> result : results) {
                MigrateResult migrate = result.get(); // none failed
                applied += migrate.migrationsExecuted;
                migrations = Math.max(migrations, migrate.migrationsExecuted);
            }
            assertTrue(migrations >= 10, "one replica applied every migration, " + migrations);
            assertEquals(migrations, applied, "the migrations were applied by one replica only");
            assertEquals(migrations, count("select count(*) from " + schema + ".flyway_schema_history where success and version is not null"),
                    "each migration is recorded once");
        } finally {
            replicas.shutdownNow();
            execute("drop schema " + schema + " cascade");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
