package io.camwarden.identity;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import us.springett.parsers.cpe.Cpe;
import us.springett.parsers.cpe.CpeBuilder;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;
import us.springett.parsers.cpe.exceptions.CpeValidationException;
import us.springett.parsers.cpe.values.Part;

/**
 * The default CPE naming, used until the vulnerability stage supplies NVD's own vendor and product
 * tokens. Vendor and model must each be at least {@value #MIN_CONFIDENCE} confident (leads never
 * name a product). With a firmware version the name is the firmware's,
 * {@code cpe:2.3:o:<vendor>:<model>_firmware:<version>:*:*:*:*:*:*:*}, NVD's usual form for device
 * firmware; without one it is the hardware, {@code cpe:2.3:h:<vendor>:<model>:-:*:*:*:*:*:*:*}. Tokens
 * are lower case with spaces as underscores; the version is the first dotted number of the firmware
 * string ("V5.4.5 build 170124" → 5.4.5). cpe-parser escapes and validates every name.
 */
public final class DefaultCpeNamer implements CpeNamer {

    static final double MIN_CONFIDENCE = 0.5;
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)+");

    @Override
    public Optional<String> name(Identity identity) {
        if (!sure(identity.vendor()) || !sure(identity.model())) {
            return Optional.empty();
        }
        String vendor = token(identity.vendor().value());
        String model = token(identity.model().value());
        if (vendor.isEmpty() || model.isEmpty()) {
            return Optional.empty();
        }
        try {
            Cpe cpe = sure(identity.firmware()) && !version(identity.firmware().value()).isEmpty()
                    ? new CpeBuilder().part(Part.OPERATING_SYSTEM).vendor(vendor).product(model + "_firmware")
                            .version(version(identity.firmware().value())).build()
                    : new CpeBuilder().part(Part.HARDWARE_DEVICE).vendor(vendor).product(model).version("-").build();
            String name = cpe.toCpe23FS();
            CpeParser.parse(name); // round-trips, or it is not a name anyone can match
            return Optional.of(name);
        } catch (CpeValidationException | CpeParsingException e) {
            return Optional.empty();
        }
    }

    private static boolean sure(IdentityField field) {
        return field != null && field.confidence() >= MIN_CONFIDENCE;
    }

    /** Lower case, no accents, runs of white space as one underscore, printable ASCII only. */
    static String token(String text) {
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", "_").replaceAll("[^\\x21-\\x7e]", "");
    }

    static String version(String firmware) {
        Matcher m = DOTTED_NUMBER.matcher(firmware);
        return m.find() ? m.group() : token(firmware);
    }
}
