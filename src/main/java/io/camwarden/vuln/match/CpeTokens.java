package io.camwarden.vuln.match;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names become CPE tokens and how tokens are compared. NVD spells one product several ways
 * ({@code tl-sc3130} and {@code tl-sc_3130}, {@code srn-1670d} and {@code srn_1670d}), so products are
 * compared "squashed": lower case without hyphens, underscores and spaces.
 */
final class CpeTokens {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CpeTokens() {
    }

    /** A name as a CPE token: lower case, no accents, runs of white space as one underscore ("AXIS P1344" → axis_p1344). */
    static String token(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /** The form products are compared in: the token without '-', '_' and spaces ("tl-sc_3130" → tlsc3130). */
    static String squash(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!isSeparator(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == ' ';
    }
}
