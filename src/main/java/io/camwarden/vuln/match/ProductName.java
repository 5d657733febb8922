package io.camwarden.vuln.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CPE product token compiled once for matching device models against it. NVD's camera products come in
 * four shapes, and each is read for what it can prove:
 * <ul>
 *   <li>A model, as hardware ({@code h:hikvision:ds-2cd2032-i}) or as its firmware
 *       ({@code o:hikvision:ds-2cd2032-i_firmware}): both belong to model DS-2CD2032-I. Compared squashed
 *       ({@link CpeTokens#squash}), so {@code tl-sc_3130} is TL-SC3130.</li>
 *   <li>Models with optional suffixes in parentheses: {@code ds-2cd2732f-i\(s\)} is DS-2CD2732F-I and
 *       DS-2CD2732F-IS; {@code ds-2cd4012f-\(a\)} is DS-2CD4012F and DS-2CD4012F-A.</li>
 *   <li>A family with placeholders ({@code ipc-hx3xxx}, {@code nvr-4xxx}, {@code ds-2cd63xx_series},
 *       {@code m10_series_network_cameras}): it may cover a model, but cannot prove it, so such a fit is
 *       {@link Fit#FAMILY} and decides nothing by itself. An {@code x} is a placeholder when it is one of
 *       two or more, stands between digits or after a digit at the end of a part ({@code xvr-5x04},
 *       {@code ipc-hdbw4x2x}), or follows the {@code H} of Dahua's {@code IPC-H} (it then stands for the
 *       letters DW, FW, DBW...). Digit placeholders match one letter or digit each; after the family the
 *       model may go on ({@code ipc-hfw1xxx} may cover IPC-HFW1230S-S5). An exact spelling still fits
 *       exactly: XiongMai's model NBD80X08S-KL is {@code nbd80x08s-kl}.</li>
 *   <li>A generic product that names no model ({@code ip_camera_firmware}, {@code camera}, {@code dvr},
 *       {@code axis_communications_firmware}): {@link Fit#GENERIC}, it may be any model of the vendor.</li>
 * </ul>
 */
final class ProductName {

    /** How a device model fits this product. */
    enum Fit {
        /** The model is this product (or the product is CPE ANY). */
        EXACT,
        /** The product is a family whose pattern the model fits: it may be the model, it may not. */
        FAMILY,
        /** The product names no model at all ("ip_camera"): it may be any of the vendor's. */
        GENERIC,
        /** Not this model. */
        NONE
    }

    private static final Set<String> GENERIC_WORDS = Set.of("", "camera", "cameras", "ipcamera", "ipcameras",
            "ipcam", "networkcamera", "networkcameras", "dvr", "nvr", "communications", "firmware", "device", "devices");
    private static final int MAX_VARIANTS = 16;
    private static final String[] NO_STRINGS = {};
    private static final Pattern[] NO_PATTERNS = {};

    private final String text;
    private final boolean any;
    private final String[] names;
    private final Pattern[] families;
    private final String[] familyPrefixes;
    private final boolean generic;

    private ProductName(String text, boolean any, Set<String> names, List<Family> families, boolean generic) {
        this.text = text; // the base ("without _firmware") is worked out when shown: an index holds a million products
        this.any = any;
        this.names = names.isEmpty() ? NO_STRINGS : names.toArray(String[]::new);
        // most products are no family: share the empty arrays (an index holds millions of products)
        this.families = families.isEmpty() ? NO_PATTERNS : families.stream().map(Family::pattern).toArray(Pattern[]::new);
        this.familyPrefixes = families.isEmpty() ? NO_STRINGS
                : families.stream().map(Family::prefix).distinct().toArray(String[]::new);
        this.generic = generic;
    }

    /** The same product with its strings taken from {@code pool}: its squashed names are the index's keys too. */
    ProductName pooled(StringPool pool) {
        return new ProductName(this, pool);
    }

    private ProductName(ProductName p, StringPool pool) {
        this.text = pool.of(p.text);
        this.any = p.any;
        this.names = p.names.length == 0 ? NO_STRINGS : pooled(p.names, pool);
        this.families = p.families;
        this.familyPrefixes = p.familyPrefixes.length == 0 ? NO_STRINGS : pooled(p.familyPrefixes, pool);
        this.generic = p.generic;
    }

    private static String[] pooled(String[] strings, StringPool pool) {
        String[] out = new String[strings.length];
        for (int i = 0; i < strings.length; i++) {
            out[i] = pool.of(strings[i]);
        }
        return out;
    }

    /** @param product the CPE product as NVD writes it, unescaped ("ds-2cd2732f-i(s)_firmware", "*") */
    static ProductName of(String vendorToken, String product) {
        if (product.equals("*")) {
            return new ProductName("*", true, Set.of(), List.of(), false);
        }
        String base = base(product);
        Set<String> names = new LinkedHashSet<>();
        List<Family> families = new ArrayList<>();
        int series = base.indexOf("_series");
        for (String variant : optionalForms(series >= 0 ? base.substring(0, series) : base)) {
            if (series < 0) {
                names.add(CpeTokens.squash(variant));
            }
            Family family = family(variant, series >= 0);
            if (family != null) {
                families.add(family);
            }
        }
        String squashed = CpeTokens.squash(base);
        String vendor = CpeTokens.squash(vendorToken);
        String withoutVendor = squashed.startsWith(vendor) ? squashed.substring(vendor.length()) : squashed;
        return new ProductName(product, false, names, families, GENERIC_WORDS.contains(withoutVendor));
    }

    /** The product without the "_firmware" that NVD appends to a device's firmware. */
    static String base(String product) {
        for (String suffix : List.of("_firmware", "-firmware", " firmware")) {
            if (product.endsWith(suffix) && product.length() > suffix.length()) {
                return product.substring(0, product.length() - suffix.length());
            }
        }
        return product;
    }

    /**
     * @param models the device's model names, squashed ({@link CpeTokens#squash})
     */
    Fit fit(List<String> models) {
        if (any) {
            return Fit.EXACT;
        }
        for (String model : models) {
            for (String name : names) {
                if (name.equals(model)) {
                    return Fit.EXACT;
                }
            }
        }
        for (String model : models) {
            for (Pattern family : families) {
                if (family.matcher(model).lookingAt()) {
                    return Fit.FAMILY;
                }
            }
        }
        return generic ? Fit.GENERIC : Fit.NONE;
    }

    /** The squashed spellings this product is known by: its names, and its base as NVD writes it. */
    Set<String> spellings() {
        Set<String> all = new LinkedHashSet<>(List.of(names));
        all.add(CpeTokens.squash(base()));
        return all;
    }

    /** The squashed model names a device must have to be this product exactly; empty for families and ANY. */
    List<String> names() {
        return List.of(names);
    }

    /**
     * The literal starts of the families' patterns, squashed ("ipch" for ipc-hx3xxx, "dhipchdw1" for
     * dh-ipc-hdw1xxx): a model can fit a family only if it starts so. Empty for a family that starts with a
     * placeholder.
     */
    List<String> familyPrefixes() {
        return List.of(familyPrefixes);
    }

    /** True when the product names no model (generic) or every product (CPE ANY): any model may be it. */
    boolean anyModel() {
        return any || generic;
    }

    /** True when models are found by pattern, not by name: families, generic products and ANY. */
    boolean matchedByPattern() {
        return any || generic || families.length > 0;
    }

    /** The product as NVD writes it, unescaped: "ds-2cd2732f-i(s)_firmware". */
    String text() {
        return text;
    }

    /** True for a family with placeholders or a series. */
    boolean family() {
        return families.length > 0;
    }

    /** The product as NVD names the model: without "_firmware". */
    String base() {
        return any ? text : base(text);
    }

    /** "ds-2cd2732f-i(s)" → ds-2cd2732f-i, ds-2cd2732f-is; each parenthesised part may be there or not. */
    static List<String> optionalForms(String name) {
        int open = name.indexOf('(');
        int close = open < 0 ? -1 : name.indexOf(')', open);
        if (close < 0) {
            return List.of(name);
        }
        String head = name.substring(0, open);
        String inside = name.substring(open + 1, close);
        List<String> forms = new ArrayList<>();
        for (String tail : optionalForms(name.substring(close + 1))) {
            if (forms.size() + 2 > MAX_VARIANTS) {
                break;
            }
            forms.add(head + inside + tail);
            forms.add(head + tail);
        }
        return forms;
    }

    /** A family's pattern (squashed, matched at the start of a model) and its literal start. */
    record Family(Pattern pattern, String prefix) {
    }

    /** The family of a name with placeholders, or null when it has none. */
    static Family family(String name, boolean series) {
        if (!series && name.indexOf('x') < 0) {
            return null;
        }
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean placeholder = series; // "m10_series": every model starting m10
        boolean seenPlaceholder = false;
        int n = name.length();
        for (int i = 0; i < n; ) {
            char c = name.charAt(i);
            if (CpeTokens.isSeparator(c)) {
                i++;
                continue;
            }
            if (c != 'x') {
                re.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c)));
                if (!seenPlaceholder) {
                    literal.append(c);
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && name.charAt(j) == 'x') {
                j++;
            }
            int run = j - i;
            char prev = i > 0 ? name.charAt(i - 1) : ' ';
            char next = j < n ? name.charAt(j) : ' ';
            boolean atEnd = j == n || CpeTokens.isSeparator(next);
            boolean letters = run == 1 && prev == 'h' && (i < 2 || CpeTokens.isSeparator(name.charAt(i - 2)))
                    && Character.isDigit(next); // Dahua IPC-HX3xxx: HDW, HFW, HDBW...
            boolean digits = run >= 2 || Character.isDigit(prev) && (Character.isDigit(next) || atEnd)
                    || series && atEnd && Character.isLetter(prev); // ds-2dfx_series
            if (letters) {
                re.append("[a-z]{1,4}");
            } else if (digits) {
                re.append("[a-z0-9]{").append(run).append('}');
            } else {
                re.append("x".repeat(run));
                if (!seenPlaceholder) {
                    literal.append("x".repeat(run));
                }
            }
            placeholder |= letters || digits;
            seenPlaceholder |= letters || digits;
            i = j;
        }
        return placeholder && !re.isEmpty() ? new Family(Pattern.compile(re.toString()), literal.toString()) : null;
    }
}
