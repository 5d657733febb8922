package io.camwarden.identity;

import io.camwarden.domain.DeviceKind;
import io.camwarden.fingerprint.Confidence;
import io.camwarden.fingerprint.Csv;
import io.camwarden.fingerprint.DeviceKinds;
import io.camwarden.fingerprint.FingerprintDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What kind of device a model name says it is: vendors name their lines consistently (Hikvision
 * DS-2CD… are network cameras, DS-76xxNI… NVRs; Dahua IPC-… cameras, HCVR/XVR… DVRs). Rules are
 * tried in file order and the first match wins; a rule for vendor "*" applies to any vendor.
 */
public final class ModelKinds {

    static final String FILE = "model_kinds.csv";
    private static final List<String> HEADER = List.of("vendor", "pattern", "device_kind", "confidence", "source",
            "notes");

    /** One rule of model_kinds.csv. */
    public record Rule(int line, String vendorKey, Pattern pattern, DeviceKind deviceKind, Confidence confidence) {

        public String via() {
            return "camwarden " + FILE + " line " + line;
        }
    }

    private final List<Rule> rules;

    ModelKinds(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ModelKinds bundled() {
        try (InputStream in = Resources.open(FILE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelKinds read(Reader reader) {
        List<Rule> rules = new ArrayList<>();
        for (Csv.Row row : Csv.read(FILE, reader, HEADER)) {
            try {
                String vendor = row.cell(0).strip();
                if (vendor.isEmpty()) {
                    throw new IllegalArgumentException("give a vendor, or * for any vendor");
                }
                if (row.cell(4).isBlank()) {
                    throw new IllegalArgumentException("every rule needs a source");
                }
                rules.add(new Rule(row.line(), vendor.equals("*") ? "*" : VendorNames.key(vendor),
                        Pattern.compile(row.cell(1)), DeviceKinds.parse(row.cell(2)), Confidence.parse(row.cell(3))));
            } catch (PatternSyntaxException e) {
                throw new FingerprintDataException(FILE + " line " + row.line()
                        + ": the pattern is not a Java regular expression: " + e.getDescription());
            } catch (IllegalArgumentException e) {
                throw new FingerprintDataException(FILE + " line " + row.line() + ": " + e.getMessage());
            }
        }
        return new ModelKinds(rules);
    }

    /** The first rule for this vendor (may be null or unknown) whose pattern is found in the model. */
    public Optional<Rule> kindOf(String vendor, String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        String vendorKey = VendorNames.key(vendor);
        for (Rule rule : rules) {
            if ((rule.vendorKey().equals("*") || rule.vendorKey().equals(vendorKey)) && rule.pattern().matcher(model).find()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
