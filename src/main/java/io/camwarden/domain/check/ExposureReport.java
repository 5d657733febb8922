package io.camwarden.domain.check;

import java.time.Instant;
import java.util.Locale;

/**
 * A report, from outside CamWarden, that an address was reachable from the Internet (an ISP's external scan,
 * an Internet-scan feed; check NET-01) or sent botnet traffic (IDS alerts, abuse reports; check NET-07).
 */
public record ExposureReport(Long id, String ip, Integer port, Instant seenAt, String source, Kind kind,
                             String detail, Instant importedAt, String importedBy) {

    /** What was seen. */
    public enum Kind {
        INTERNET_EXPOSED, BOTNET;

        /** "internet-exposed" or "botnet", as import files write it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind of(String code) {
            String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Kind k : values()) {
                if (k.code().equals(c)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("'" + code + "' is not internet-exposed or botnet");
        }
    }
}
