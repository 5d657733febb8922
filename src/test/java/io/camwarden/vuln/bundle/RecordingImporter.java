package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A content importer for tests, standing in for the vulnerability importer: it records which files it
 * found where the verified bundle was unpacked, writes one row in the import's transaction as a real
 * importer would, and can be told to fail. Registered with @Import, so no other context picks it up.
 */
class RecordingImporter implements BundleContentImporter {

    /** What one call received: the bundle id, and each file found in the directory with its size. */
    record Received(long bundleId, String name, Map<String, Long> files) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile String failWith;
    private final JdbcClient jdbc;

    RecordingImporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String importBundle(long bundleId, BundleManifest manifest, Path directory, BundleProgress progress) {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(p).toString(), Files.size(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("INSERT INTO organization (parent_id, path, name, kind, created_at, updated_at)"
                        + " VALUES (NULL, '/', :name, 'OWNER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("name", "bundle-content-" + bundleId).update();
        String failure = failWith;
        if (failure != null) {
            failWith = null;
            throw new IllegalStateException(failure);
        }
        received.add(new Received(bundleId, manifest.name(), files));
        return files.size() + " files received";
    }
}
