package io.camwarden.vuln.match;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.vuln.FirmwareVersion;
import io.camwarden.domain.vuln.ProductKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import us.springett.parsers.cpe.Cpe;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;
import us.springett.parsers.cpe.values.Part;

/**
 * What an identity says in CPE terms: the NVD vendor tokens of its vendor, its model in every spelling NVD
 * may use, its firmware (read once as a {@link FirmwareVersion}) and hardware version, each with the field
 * and source it came from. The identity's own {@code cpe}, when given, is a source too: its vendor, its
 * product as the model ({@code ds-2cd2032-i_firmware} is model ds-2cd2032-i) and its version as the
 * firmware (or, for a hardware CPE, the hardware version), where the fields do not already say.
 *
 * <p>Model spellings: the model as a token ("DS-2CD2032-I" → ds-2cd2032-i), without a leading vendor name
 * ("AXIS P1344" → p1344), with and without the vendor's model prefixes ("IPC-HDW1230S" and
 * "DH-IPC-HDW1230S" for Dahua), all squashed ({@link CpeTokens#squash}).
 */
final class DeviceFacts {

    /** One fact of the identity: which field, its value and where the value came from. */
    record Fact(String field, String value, String source) {
    }

    private final Set<String> vendorTokens;
    private final Set<CpeVendors.Group> groups;
    private final List<String> models;
    private final List<String> modelTexts;
    private final Fact model;
    private final Fact firmware;
    private final FirmwareVersion firmwareVersion;
    private final Fact hardware;
    private Set<ProductKey> keys;

    private DeviceFacts(Set<String> vendorTokens, Set<CpeVendors.Group> groups, List<String> models,
                        List<String> modelTexts, Fact model, Fact firmware, Fact hardware) {
        this.vendorTokens = Set.copyOf(vendorTokens);
        this.groups = Set.copyOf(groups);
        this.models = List.copyOf(models);
        this.modelTexts = List.copyOf(modelTexts);
        this.model = model;
        this.firmware = firmware;
        this.firmwareVersion = firmware == null ? null : FirmwareVersion.read(firmware.value()).orElse(null);
        this.hardware = hardware;
    }

    static DeviceFacts of(Identity identity, CpeVendors vendors) {
        Set<CpeVendors.Group> groups = new LinkedHashSet<>();
        if (known(identity.vendor())) {
            vendors.ofVendor(identity.vendor().value()).ifPresent(groups::add);
        }
        Fact model = fact("model", identity.model());
        Fact firmware = fact("firmware", identity.firmware());
        Fact hardware = fact("hardware", identity.hardware());
        Cpe cpe = cpe(identity.cpe());
        String cpeModel = null;
        if (cpe != null) {
            if (!cpe.getVendor().equals("*") && !cpe.getVendor().equals("-")) {
                groups.add(vendors.ofToken(cpe.getVendor()));
            }
            String product = cpe.getProduct();
            if (!product.equals("*") && !product.equals("-")) {
                cpeModel = ProductName.base(product);
                if (model == null) {
                    model = new Fact("model", cpeModel, "cpe " + identity.cpe());
                }
            }
            String version = cpe.getVersion();
            if (!version.equals("*") && !version.equals("-")) {
                if (cpe.getPart() == Part.HARDWARE_DEVICE) {
                    hardware = hardware != null ? hardware : new Fact("hardware", version, "cpe " + identity.cpe());
                } else if (firmware == null) {
                    firmware = new Fact("firmware", version, "cpe " + identity.cpe());
                }
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (CpeVendors.Group g : groups) {
            tokens.addAll(g.tokens());
        }
        List<String> texts = new ArrayList<>();
        Set<String> spellings = new LinkedHashSet<>();
        for (String text : modelTexts(identity, cpeModel)) {
            texts.add(text);
            for (CpeVendors.Group g : groups.isEmpty() ? Set.<CpeVendors.Group>of() : groups) {
                spellings.addAll(spellings(text, g));
            }
            if (groups.isEmpty()) {
                spellings.add(CpeTokens.squash(CpeTokens.token(text)));
            }
        }
        return new DeviceFacts(tokens, groups, new ArrayList<>(spellings), texts, model, firmware, hardware);
    }

    /** The keys under which CVEs about this device are filed (see {@link ProductKey}). */
    Set<ProductKey> keys() {
        if (keys == null) {
            keys = Collections.unmodifiableSet(computeKeys()); // a race computes the same set twice: harmless
        }
        return keys;
    }

    private Set<ProductKey> computeKeys() {
        Set<ProductKey> keys = new LinkedHashSet<>();
        for (String vendor : vendorTokens) {
            if (models.isEmpty()) {
                keys.add(new ProductKey(vendor, null));
                continue;
            }
            for (String m : models) {
                keys.add(new ProductKey(vendor, m));
                for (int end = 0; end <= m.length(); end++) {
                    keys.add(new ProductKey(vendor, m.substring(0, end) + ProductKey.ANY_PRODUCT)); // families
                }
            }
        }
        return keys;
    }

    /** NVD vendor tokens of the device's vendor (all aliases). */
    Set<String> vendorTokens() {
        return vendorTokens;
    }

    Set<CpeVendors.Group> groups() {
        return groups;
    }

    /** The model's squashed spellings; empty when the identity has no model. */
    List<String> models() {
        return models;
    }

    /** The model as the identity (and its CPE) wrote it, for advisories' model patterns. */
    List<String> modelTexts() {
        return modelTexts;
    }

    Fact model() {
        return model;
    }

    Fact firmware() {
        return firmware;
    }

    /** The firmware read as a version; null when there is none or it cannot be read. */
    FirmwareVersion firmwareVersion() {
        return firmwareVersion;
    }

    Fact hardware() {
        return hardware;
    }

    private static List<String> modelTexts(Identity identity, String cpeModel) {
        List<String> texts = new ArrayList<>();
        if (known(identity.model())) {
            texts.add(identity.model().value().strip());
        }
        if (cpeModel != null && !texts.contains(cpeModel)) {
            texts.add(cpeModel);
        }
        return texts;
    }

    /** ds-2cd2032-i; without a leading vendor name; with and without the vendor's model prefixes; squashed. */
    static Set<String> spellings(String model, CpeVendors.Group group) {
        String token = CpeTokens.token(model);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(token);
        List<String> vendorWords = new ArrayList<>(group.tokens());
        vendorWords.add(CpeTokens.token(group.vendor()));
        for (String w : vendorWords) {
            if (token.length() > w.length() + 1 && token.startsWith(w) && CpeTokens.isSeparator(token.charAt(w.length()))) {
                forms.add(token.substring(w.length() + 1));
            }
        }
        Set<String> squashed = new LinkedHashSet<>();
        for (String form : forms) {
            String base = form;
            for (String prefix : group.modelPrefixes()) {
                if (form.startsWith(prefix) && form.length() > prefix.length()) {
                    base = form.substring(prefix.length());
                }
            }
            squashed.add(CpeTokens.squash(base));
            for (String prefix : group.modelPrefixes()) {
                squashed.add(CpeTokens.squash(prefix + base));
            }
        }
        return squashed;
    }

    private static boolean known(IdentityField f) {
        return f != null && f.value() != null && !f.value().isBlank();
    }

    private static Fact fact(String field, IdentityField f) {
        return known(f) ? new Fact(field, f.value().strip(), f.source()) : null;
    }

    private static Cpe cpe(String cpe) {
        if (cpe == null || cpe.isBlank()) {
            return null;
        }
        try {
            return CpeParser.parse(cpe.strip());
        } catch (CpeParsingException | RuntimeException e) {
            return null; // an identity's CPE that is no CPE name says nothing
        }
    }
}
