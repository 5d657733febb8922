package io.camwarden.fingerprint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles recog's regular expressions, which are written for Ruby (Onigmo), into Java patterns that
 * match the same text. The differences that matter for recog's data:
 * <ul>
 * <li>Ruby's {@code ^} and {@code $} always anchor at line breaks; only {@code \n} breaks a line.</li>
 * <li>Ruby's {@code m} option, inline {@code (?m)} or the XML flags {@code REG_DOT_NEWLINE},
 * {@code REG_LINE_ANY_CRLF} and {@code REG_MULTILINE}, lets {@code .} match a newline: Java's DOTALL.</li>
 * <li>Ruby's {@code \h} is a hex digit (Java's is horizontal white space).</li>
 * </ul>
 * Compiling verbatim (as recog-java's own parser does) silently breaks every multi-line banner.
 */
final class RubyRegex {

    // An inline option group such as (?m), (?im) or (?mi-x: ... ; Ruby's m is Java's s.
    private static final Pattern INLINE_OPTIONS = Pattern.compile("\\(\\?[imx]*(?:-[imx]*)?[:)]");

    private RubyRegex() {
    }

    /**
     * @param flags recog's comma/space/pipe separated flag names, may be null or empty
     * @throws IllegalArgumentException when a flag is unknown or the pattern does not compile
     */
    static Pattern compile(String pattern, String flags) {
        int javaFlags = Pattern.MULTILINE | Pattern.UNIX_LINES;
        if (flags != null) {
            for (String flag : flags.split("[,;| \\t]+")) {
                switch (flag.strip().toUpperCase(Locale.ROOT)) {
                    case "" -> { }
                    case "REG_ICASE", "IGNORECASE" -> javaFlags |= Pattern.CASE_INSENSITIVE;
                    case "REG_DOT_NEWLINE", "REG_LINE_ANY_CRLF", "REG_MULTILINE" -> javaFlags |= Pattern.DOTALL;
                    default -> throw new IllegalArgumentException("unsupported regular expression flag '" + flag
                            + "': recog knows REG_ICASE, IGNORECASE, REG_DOT_NEWLINE, REG_LINE_ANY_CRLF, REG_MULTILINE");
                }
            }
        }
        return Pattern.compile(translate(pattern), javaFlags);
    }

    /** Rewrites the Ruby-only constructs; escapes are honoured, so {@code \\h} stays a backslash and an h. */
    static String translate(String ruby) {
        StringBuilder out = new StringBuilder(ruby.length() + 16);
        int i = 0;
        while (i < ruby.length()) {
            char c = ruby.charAt(i);
            if (c == '\\' && i + 1 < ruby.length()) {
                char next = ruby.charAt(i + 1);
                out.append(next == 'h' ? "[0-9a-fA-F]" : next == 'H' ? "[^0-9a-fA-F]" : "\\" + next);
                i += 2;
            } else if (c == '(' && ruby.startsWith("(?", i)) {
                Matcher options = INLINE_OPTIONS.matcher(ruby).region(i, ruby.length());
                if (options.lookingAt()) {
                    out.append(options.group().replace('m', 's'));
                    i = options.end();
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
