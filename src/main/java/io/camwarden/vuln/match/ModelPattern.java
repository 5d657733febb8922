package io.camwarden.vuln.match;

import java.util.regex.Pattern;

/**
 * A model name, or a glob over model names ({@code *} any run, {@code ?} one character), compared the way NVD
 * products are: squashed, so case, accents, '-', '_' and spaces do not count ("DS-2CD2*" covers DS-2CD2032-I and
 * ds2cd2032i alike). One definition for vendor advisories and the regulator's firmware register, so a pattern
 * covers the same models in vulnerability matching and in FW-01.
 */
public final class ModelPattern {

    private final String squashed;
    private final Pattern regex;

    private ModelPattern(String squashed, Pattern regex) {
        this.squashed = squashed;
        this.regex = regex;
    }

    public static ModelPattern of(String pattern) {
        String glob = squash(pattern);
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return new ModelPattern(glob, Pattern.compile(re.toString()));
    }

    /** A model name as patterns compare it ("DS-2CD2032-I" → "ds2cd2032i"). */
    public static String squash(String model) {
        return CpeTokens.squash(CpeTokens.token(model));
    }

    public boolean matches(String model) {
        return matchesSquashed(squash(model));
    }

    /** For a model already {@link #squash squashed}. */
    public boolean matchesSquashed(String squashedModel) {
        return regex.matcher(squashedModel).matches();
    }

    /** The pattern squashed ("ds2cd2*"). */
    public String squashed() {
        return squashed;
    }

    public boolean wildcard() {
        return squashed.indexOf('*') >= 0 || squashed.indexOf('?') >= 0;
    }
}
