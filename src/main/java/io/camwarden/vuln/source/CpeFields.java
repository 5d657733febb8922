package io.camwarden.vuln.source;

import java.util.ArrayList;
import java.util.List;

/** The colon-separated fields of a CPE 2.3 formatted string, with its backslash escapes kept. */
public final class CpeFields {

    private CpeFields() {
    }

    public static List<String> split(String cpe) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < cpe.length(); i++) {
            char c = cpe.charAt(i);
            if (c == '\\' && i + 1 < cpe.length()) {
                f.append(c).append(cpe.charAt(++i));
            } else if (c == ':') {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    /** A value as a CPE 2.3 field: every character but letters, digits, '.', '_' and '-' escaped. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != '_' && c != '-') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
