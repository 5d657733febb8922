package io.camwarden.console.importing;

import io.camwarden.domain.Caller;
import io.camwarden.registry.device.DeviceImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded device files between their dry run and the user's confirmation. The confirmation imports
 * exactly the bytes the dry run checked, not a second upload that may differ. Files wait in the data
 * directory under a random name, belong to the user who uploaded them, and are removed when imported
 * or after {@link #KEPT}.
 */
@Component
public class PendingImports {

    static final Duration KEPT = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(PendingImports.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A checked upload waiting for confirmation. */
    public record Pending(String token, long userId, String fileName, DeviceImporter.Format format, Path path,
                          Instant uploadedAt) {
    }

    private final Path dir;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public PendingImports(@Value("${camwarden.data-dir:./data}") String dataDir, Clock clock) {
        this.dir = Path.of(dataDir, "uploads");
        this.clock = clock;
        removeLeftovers();
    }

    /** Uploads of an earlier run can no longer be confirmed (the tokens lived in memory): remove them. */
    private void removeLeftovers() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.newDirectoryStream(dir, "*.upload")) {
            files.forEach(PendingImports::delete);
        } catch (IOException e) {
            log.warn("Could not clean the upload directory {}: {}", dir, e.getMessage());
        }
    }

    public Pending store(Caller caller, String fileName, DeviceImporter.Format format, InputStream content) {
        forgetExpired();
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        try {
            Files.createDirectories(dir);
            Path path = dir.resolve(token + ".upload");
            Files.copy(content, path, StandardCopyOption.REPLACE_EXISTING);
            Pending p = new Pending(token, caller.userId(), fileName, format, path, clock.instant());
            pending.put(token, p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The caller's own pending upload of this token, if it is still there. */
    public Optional<Pending> find(Caller caller, String token) {
        forgetExpired();
        Pending p = token == null ? null : pending.get(token);
        return p != null && Objects.equals(p.userId(), caller.userId()) ? Optional.of(p) : Optional.empty();
    }

    public void remove(Pending p) {
        pending.remove(p.token());
        delete(p.path());
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(KEPT);
        pending.values().removeIf(p -> {
            if (p.uploadedAt().isBefore(oldest)) {
                delete(p.path());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not remove the uploaded file {}: {}", path, e.getMessage());
        }
    }
}
