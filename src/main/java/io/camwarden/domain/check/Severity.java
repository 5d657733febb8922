package io.camwarden.domain.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How bad a failed check is, in the catalogue's four grades, from least to most severe. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** "High", "HIGH", " high " → HIGH; empty for anything else. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(s)).findFirst();
    }

    /** 1 (LOW) to 4 (CRITICAL): stored beside the name so lists sort by gravity, not alphabet. */
    public int rank() {
        return ordinal() + 1;
    }

    /** "High": as the catalogue writes it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static String accepted() {
        return "Critical, High, Medium or Low";
    }
}
