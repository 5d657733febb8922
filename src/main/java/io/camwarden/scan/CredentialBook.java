package io.camwarden.scan;

import io.camwarden.probe.Credentials;
import io.camwarden.target.TargetParser;
import io.camwarden.target.TargetRange;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Operator-supplied credentials for authenticated identification (ONVIF GetDeviceInformation, a web page
 * behind 401, RTSP DESCRIBE), one per line: {@code [TARGET] USER:PASSWORD}, where TARGET is an address,
 * network or range (first matching line wins) and a line without one applies to every host. Lines
 * starting with # are comments. This is not credential guessing: each device gets at most one pair.
 */
public final class CredentialBook {

    private record Entry(TargetRange target, Credentials credentials) {
    }

    public static final CredentialBook NONE = new CredentialBook(List.of());

    private final List<Entry> entries;

    private CredentialBook(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static CredentialBook read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String target = parts.length == 2 ? parts[0] : null;
            String pair = parts.length == 2 ? parts[1] : parts[0];
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected [TARGET] USER:PASSWORD");
            }
            TargetRange range = null;
            if (target != null && !target.equals("*")) {
                try {
                    range = TargetParser.parse(List.of(target)).getFirst();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage());
                }
            }
            entries.add(new Entry(range, new Credentials(pair.substring(0, colon), pair.substring(colon + 1))));
        }
        return new CredentialBook(entries);
    }

    public Optional<Credentials> forHost(InetAddress host) {
        for (Entry e : entries) {
            if (e.target() == null || e.target().contains(host)) {
                return Optional.of(e.credentials());
            }
        }
        return Optional.empty();
    }

    public int size() {
        return entries.size();
    }
}
