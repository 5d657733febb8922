package io.camwarden.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points each test application context at a fresh database of the kind the surefire execution asks
 * for (system property camwarden.test.db = h2 | postgres). Flyway then runs the same migrations on it.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("camwarden.test.db", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext ctx) {
        ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("camwarden-test-db", properties()));
    }

    /** Spring properties for a new, empty database. */
    public static Map<String, Object> properties() {
        String name = "cwtest" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (postgres()) {
            var pg = PostgresServer.get();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create test database " + name, e);
            }
            return Map.of("camwarden.db.url", pg.getJdbcUrl("postgres", name),
                    "camwarden.db.user", "postgres", "camwarden.db.password", "");
        }
        return Map.of("camwarden.db.url", "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "camwarden.db.user", "sa", "camwarden.db.password", "");
    }
}
