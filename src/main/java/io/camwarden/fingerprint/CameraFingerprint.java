package io.camwarden.fingerprint;

import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.scan.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of CamWarden's camera fingerprint file: when an observation of {@code kind} matches
 * {@code pattern}, the host's vendor, model and device kind are as the row says. A model of the form
 * "{1}" takes the pattern's first capture group. Blank columns claim nothing.
 */
public record CameraFingerprint(int line, String kind, Pattern pattern, String vendor, String model,
                                DeviceKind deviceKind, Confidence confidence, String source) {

    static final String FILE = "camera_fingerprints.csv";
    private static final Pattern GROUP = Pattern.compile("\\{(\\d)}");

    /** How identity fields cite this row. */
    public String via() {
        return "camwarden " + FILE + " line " + line;
    }

    /** The claims this row makes about an observation whose (normalised) text it matches; empty if it does not. */
    List<Claim> claims(Observation observation, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>(3);
        add(claims, IdentityAttribute.VENDOR, expand(vendor, m), observation);
        add(claims, IdentityAttribute.MODEL, expand(model, m), observation);
        add(claims, IdentityAttribute.DEVICE_KIND, deviceKind == null ? null : deviceKind.name(), observation);
        return claims;
    }

    private void add(List<Claim> claims, IdentityAttribute attribute, String value, Observation observation) {
        if (value != null && !value.isBlank()) {
            claims.add(new Claim(attribute, value, confidence.certainty(), confidence.authority(), observation, via()));
        }
    }

    /** "{n}" becomes capture group n; null when that group did not take part in the match. */
    private static String expand(String template, Matcher match) {
        if (template == null || template.isEmpty()) {
            return null;
        }
        Matcher g = GROUP.matcher(template);
        StringBuilder out = new StringBuilder();
        while (g.find()) {
            int group = Integer.parseInt(g.group(1));
            String captured = group <= match.groupCount() ? match.group(group) : null;
            if (captured == null) {
                return null;
            }
            g.appendReplacement(out, Matcher.quoteReplacement(captured));
        }
        g.appendTail(out);
        return out.toString();
    }
}
