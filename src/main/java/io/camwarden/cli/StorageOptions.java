package io.camwarden.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the database is, for every command that opens it. Unset options fall back to the
 * environment (CAMWARDEN_DATA_DIR, CAMWARDEN_DB_URL, ...) and then to application.properties.
 */
public final class StorageOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (embedded database, logs). Default: ./data or CAMWARDEN_DATA_DIR.")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "JDBC URL of a PostgreSQL database instead of the embedded one. Default: CAMWARDEN_DB_URL.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user. Default: CAMWARDEN_DB_USER.")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR",
            description = "Name of an environment variable holding the database password (never pass passwords as arguments).")
    String dbPasswordEnv;

    /** Spring properties for the options that were given. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (dataDir != null) {
            p.put("camwarden.data-dir", dataDir);
        }
        if (dbUrl != null) {
            p.put("camwarden.db.url", dbUrl);
        }
        if (dbUser != null) {
            p.put("camwarden.db.user", dbUser);
        }
        if (dbPasswordEnv != null) {
            String pw = System.getenv(dbPasswordEnv);
            if (pw == null) {
                throw new UserError("environment variable " + dbPasswordEnv + " (--db-password-env) is not set");
            }
            p.put("camwarden.db.password", pw);
        }
        return p;
    }
}
