package io.camwarden.fingerprint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recog fingerprint file (e.g. http_servers.xml), compiled once, matched the way recog's own
 * Ruby implementation matches: the first fingerprint in file order wins, and parameter values may
 * interpolate other parameters ({@code "cpe:/a:apache:http_server:{service.version}"}).
 */
public final class RecogDatabase {

    private static final Pattern INTERPOLATION = Pattern.compile("\\{([^\\s{}]+)}");

    private final String fileName;
    private final List<RecogFingerprint> fingerprints;
    private final List<String> rejected;

    RecogDatabase(String fileName, List<RecogFingerprint> fingerprints, List<String> rejected) {
        this.fileName = fileName;
        this.fingerprints = List.copyOf(fingerprints);
        this.rejected = List.copyOf(rejected);
    }

    /** The file name, e.g. "http_servers.xml". */
    public String fileName() {
        return fileName;
    }

    /** The fingerprints in file order. */
    public List<RecogFingerprint> fingerprints() {
        return fingerprints;
    }

    /** Fingerprints that could not be compiled, each with the reason (empty for the shipped files). */
    public List<String> rejected() {
        return rejected;
    }

    /** The first fingerprint that matches, with its parameters, or empty. */
    public Optional<RecogHit> firstMatch(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (RecogFingerprint fingerprint : fingerprints) {
            Optional<RecogHit> hit = match(fingerprint, text);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** Matches one fingerprint of this database; its parameters interpolated as recog does. */
    public Optional<RecogHit> match(RecogFingerprint fingerprint, String text) {
        Map<String, String> raw = fingerprint.matcher().match(text);
        return raw == null ? Optional.empty()
                : Optional.of(new RecogHit(this, fingerprint, interpolate(raw, fingerprint.constantParams())));
    }

    /**
     * Fills {@code {name}} placeholders from the other parameters. A placeholder whose parameter did
     * not capture anything becomes "-" in a CPE version (recog's rule) and drops the parameter otherwise.
     */
    static Map<String, String> interpolate(Map<String, String> raw, Set<String> constants) {
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String value = e.getValue();
            if (value == null) {
                continue;
            }
            if (!constants.contains(e.getKey())) {
                params.put(e.getKey(), value);
                continue;
            }
            Matcher m = INTERPOLATION.matcher(value);
            StringBuilder out = new StringBuilder();
            boolean complete = true;
            while (m.find()) {
                String replacement = raw.get(m.group(1));
                if (replacement == null) {
                    if (e.getKey().endsWith(".cpe23") && m.group(1).endsWith(".version")) {
                        replacement = "-";
                    } else {
                        complete = false;
                        replacement = "";
                    }
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            if (complete) {
                params.put(e.getKey(), out.toString());
            }
        }
        return Map.copyOf(params);
    }

    @Override
    public String toString() {
        return "recog " + fileName;
    }
}
