package io.camwarden.fingerprint;

import io.camwarden.domain.DeviceKind;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads camera_fingerprints.csv. Unlike recog's file, a broken row stops loading with the file and
 * line named: this file is CamWarden's own, so an error in it is ours to fix, not to skip.
 */
final class CameraFingerprintFile {

    static final List<String> HEADER = List.of("kind", "pattern", "vendor", "model", "device_kind", "confidence",
            "source", "notes");

    private CameraFingerprintFile() {
    }

    static List<CameraFingerprint> read(Reader reader, Set<String> knownKinds) {
        List<CameraFingerprint> rows = new ArrayList<>();
        for (Csv.Row row : Csv.read(CameraFingerprint.FILE, reader, HEADER)) {
            try {
                rows.add(row(row, knownKinds));
            } catch (IllegalArgumentException e) {
                throw new FingerprintDataException(CameraFingerprint.FILE + " line " + row.line() + ": "
                        + e.getMessage());
            }
        }
        return List.copyOf(rows);
    }

    private static CameraFingerprint row(Csv.Row row, Set<String> knownKinds) {
        String kind = row.cell(0).strip();
        if (!knownKinds.contains(kind)) {
            throw new IllegalArgumentException("unknown observation kind '" + kind + "'; use one of "
                    + knownKinds.stream().sorted().toList());
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(row.cell(1));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the pattern is not a Java regular expression: " + e.getDescription());
        }
        String vendor = row.cell(2).strip();
        String model = row.cell(3).strip();
        DeviceKind deviceKind = row.cell(4).isBlank() ? null : DeviceKinds.parse(row.cell(4));
        if (vendor.isEmpty() && model.isEmpty() && deviceKind == null) {
            throw new IllegalArgumentException("the row claims nothing: give a vendor, a model or a device kind");
        }
        String source = row.cell(6).strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("every row needs a source");
        }
        return new CameraFingerprint(row.line(), kind, pattern, vendor, model, deviceKind,
                Confidence.parse(row.cell(5)), source);
    }
}
