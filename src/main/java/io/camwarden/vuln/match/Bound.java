package io.camwarden.vuln.match;

import io.camwarden.domain.vuln.FirmwareVersion;
import io.camwarden.domain.vuln.VersionComparison;

/**
 * One end of an NVD version range ({@code versionStartIncluding} and its three siblings), its version read
 * once. A bound that is no readable version still decides where a device reports the very same text.
 */
record Bound(String text, FirmwareVersion version, boolean lower, boolean inclusive) {

    /** Bounds are equal by what they say; the version read from the text follows from it. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Bound b && b.text.equals(text) && b.lower == lower && b.inclusive == inclusive;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 4 + (lower ? 2 : 0) + (inclusive ? 1 : 0);
    }

    /** The bound, or null when NVD gives none. */
    static Bound of(String text, boolean lower, boolean inclusive) {
        return text == null ? null : new Bound(text, FirmwareVersion.read(text).orElse(null), lower, inclusive);
    }

    /** Whether {@code firmware} (read from {@code firmwareText}, null when unreadable) lies on the right side. */
    Truth admits(FirmwareVersion firmware, String firmwareText) {
        VersionComparison c = firmware != null && version != null ? firmware.compareWith(version)
                : FirmwareVersion.compare(firmwareText, text);
        return switch (c) {
            case UNKNOWN -> Truth.UNKNOWN;
            case EQUAL -> Truth.of(inclusive);
            case LESS -> Truth.of(!lower);
            case GREATER -> Truth.of(lower);
        };
    }

    /** "from 5.2.0 (including)", "up to 5.4.5 (excluding)". */
    String describe() {
        return (lower ? "from " : "up to ") + text + (inclusive ? " (including)" : " (excluding)");
    }
}
