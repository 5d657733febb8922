package io.camwarden.identity;

import io.camwarden.fingerprint.Csv;
import io.camwarden.fingerprint.FingerprintDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One name per vendor: "HIKVISION", "Hikvision" and "Hangzhou Hikvision Digital Technology Co., Ltd."
 * are all Hikvision; "Dahua Technology" is Dahua. Names are compared by a key that ignores case,
 * punctuation, accents and trailing legal-form words (Co., Ltd., Inc., Technology...), then looked
 * up in vendor_names.csv. A vendor the file does not know keeps the spelling it was given, so two
 * spellings of it still agree. Placeholders such as "IPCAM" or "General" (no-name ONVIF firmware)
 * are not vendors at all.
 */
public final class VendorNames {

    static final String FILE = "vendor_names.csv";
    private static final List<String> HEADER = List.of("canonical", "aliases", "source");
    private static final Set<String> LEGAL_FORMS = Set.of("co", "ltd", "inc", "incorporated", "corp", "corporation",
            "company", "limited", "llc", "gmbh", "ag", "ab", "sa", "bv", "plc", "technology", "technologies");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final Map<String, String> canonicalByKey;
    private final Set<String> placeholderKeys;

    VendorNames(Map<String, String> canonicalByKey, Set<String> placeholderKeys) {
        this.canonicalByKey = Map.copyOf(canonicalByKey);
        this.placeholderKeys = Set.copyOf(placeholderKeys);
    }

    /** The shipped vendor_names.csv. */
    public static VendorNames bundled() {
        try (InputStream in = Resources.open(FILE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VendorNames read(Reader reader) {
        Map<String, String> canonical = new HashMap<>();
        Set<String> placeholders = new HashSet<>();
        for (Csv.Row row : Csv.read(FILE, reader, HEADER)) {
            String name = row.cell(0).strip();
            for (String alias : (name + "|" + row.cell(1)).split("\\|")) {
                String key = key(alias);
                if (key.isEmpty()) {
                    continue;
                }
                String earlier = name.isEmpty() ? null : canonical.putIfAbsent(key, name);
                if (name.isEmpty()) {
                    placeholders.add(key);
                } else if (earlier != null && !earlier.equals(name)) {
                    throw new FingerprintDataException(FILE + " line " + row.line() + ": '" + alias
                            + "' is already an alias of " + earlier);
                }
            }
        }
        return new VendorNames(canonical, placeholders);
    }

    /** The vendor's one name, or empty when the text is blank or a placeholder rather than a vendor. */
    public Optional<String> canonical(String vendor) {
        String key = key(vendor);
        if (key.isEmpty() || placeholderKeys.contains(key)) {
            return Optional.empty();
        }
        String known = canonicalByKey.get(key);
        return Optional.of(known != null ? known : vendor.strip().replaceAll("\\s+", " "));
    }

    /** The comparison key of a vendor name: lower case, no punctuation or accents, no trailing legal form. */
    public static String key(String vendor) {
        if (vendor == null) {
            return "";
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(vendor, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>(List.of(
                NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ")));
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words).strip();
    }
}
