package io.camwarden.fingerprint;

import com.rapid7.recog.RecogMatcher;
import java.util.Set;

/**
 * One {@code <fingerprint>} of a recog file: its pattern as recog wrote it, recog-java's matcher
 * (the pattern compiled for Java, and the parameters) and the names of the constant parameters, the
 * only ones recog interpolates (a captured banner that happens to contain "{x}" stays as sent).
 */
public record RecogFingerprint(String pattern, RecogMatcher matcher, Set<String> constantParams) {

    public RecogFingerprint {
        constantParams = Set.copyOf(constantParams);
    }

    public String description() {
        return matcher.getDescription();
    }
}
