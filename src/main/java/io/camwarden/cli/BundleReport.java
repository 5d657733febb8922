package io.camwarden.cli;

import io.camwarden.domain.vuln.BundleFile;
import io.camwarden.domain.vuln.BundleManifest;
import io.camwarden.domain.vuln.DataBundle;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** How bundle commands describe a bundle: the same lines for create, verify and import. */
final class BundleReport {

    private BundleReport() {
    }

    static void manifest(BundleManifest m, Instant now) {
        System.out.printf("  name     %s%n", m.name());
        System.out.printf("  created  %s (%s)%n", m.createdAt(), age(m.createdAt(), now));
        System.out.printf("  sources  %s%n", sources(m.sources()));
        System.out.printf("  files    %d, %,d bytes%n", m.files().size(), m.totalBytes());
    }

    static void files(BundleManifest m) {
        for (BundleFile f : m.files()) {
            System.out.printf("    %-60s %,15d  %s%n", f.path(), f.size(), f.sha256());
        }
    }

    static void stored(DataBundle b, Instant now) {
        System.out.printf("  name     %s%n", b.name());
        System.out.printf("  created  %s (%s)%n", b.createdAt(), age(b.createdAt(), now));
        System.out.printf("  imported %s by %s%n", b.importedAt(), b.importedBy());
        System.out.printf("  sources  %s%n", sources(b.sources()));
        System.out.printf("  files    %d, %,d bytes%n", b.fileCount(), b.totalBytes());
        System.out.printf("  archive  SHA-256 %s%n", b.archiveSha256());
        System.out.printf("  signer   %s%n", b.signerFingerprint());
    }

    private static String sources(Map<String, String> sources) {
        return sources.isEmpty() ? "(none stated)" : sources.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String age(Instant created, Instant now) {
        Duration d = Duration.between(created, now);
        if (d.isNegative()) {
            return "in the future: check the clocks of the publisher and of this machine";
        }
        long days = d.toDays();
        return days == 0 ? "today, " + d.toHours() + " hours ago" : days == 1 ? "1 day ago" : days + " days ago";
    }
}
