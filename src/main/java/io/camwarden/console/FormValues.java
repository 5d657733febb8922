package io.camwarden.console;

import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the text of form fields into values, adding a field error for text that is not the value asked
 * for. The services then check the values themselves, under the same field names.
 */
public final class FormValues {

    private FormValues() {
    }

    public static Long id(String text, String field, FieldErrors errors) {
        String t = Text.trim(text);
        if (t == null) {
            return null;
        }
        try {
            return Long.valueOf(t.startsWith("#") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            errors.add(field, "'" + t + "' is not a record number");
            return null;
        }
    }

    public static Integer integer(String text, String field, FieldErrors errors) {
        String t = Text.trim(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            errors.add(field, "'" + t + "' is not a whole number");
            return null;
        }
    }

    public static Double decimal(String text, String field, FieldErrors errors) {
        String t = Text.trim(text);
        if (t == null) {
            return null;
        }
        try {
            return Double.valueOf(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(field, "'" + t + "' is not a number");
            return null;
        }
    }

    /** YYYY-MM-DD, which is what a date input sends whatever the language. */
    public static LocalDate date(String text, String field, FieldErrors errors) {
        String t = Text.trim(text);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(field, "'" + t + "' is not a date: use YYYY-MM-DD");
            return null;
        }
    }

    /** Values separated by commas, semicolons or line breaks (and white space, if {@code spaces}). */
    public static List<String> list(String text, boolean spaces) {
        if (Text.blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.strip().split(spaces ? "[,;\\s]+" : "[,;\\r\\n]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<Integer> ports(String text, String field, FieldErrors errors) {
        return list(text, true).stream().map(p -> {
            try {
                return Integer.valueOf(p);
            } catch (NumberFormatException e) {
                errors.add(field, "'" + p + "' is not a port number");
                return null;
            }
        }).filter(p -> p != null).toList();
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public static String joined(List<?> values) {
        return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
