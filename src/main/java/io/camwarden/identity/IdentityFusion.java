package io.camwarden.identity;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.fingerprint.Authority;
import io.camwarden.fingerprint.Claim;
import io.camwarden.fingerprint.IdentityAttribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fuses all claims about one host into one {@link Identity}. For each field (vendor, model, firmware,
 * hardware, serial, device kind) separately:
 * <ol>
 * <li><b>Same value</b>: claims are grouped by value; vendors by their canonical name
 * ({@link VendorNames}), other values ignoring case and spacing.</li>
 * <li><b>Support</b> of a value: agreeing independent observations add up as independent evidence,
 * {@code 1 − Π(1 − c)} over the observation kinds that claim it (c = the best certainty among that
 * kind's claims). The same banner seen twice, or read by two fingerprints, counts once.</li>
 * <li><b>Choice</b>: the value claimed by the strongest {@link Authority} wins (the device's own ONVIF
 * answer beats a banner; a banner beats a lead); among values of that authority the best supported
 * wins, then the single most certain claim, then the alphabetically first (so the result never
 * depends on claim order).</li>
 * <li><b>Confidence</b> = support of the winner × (1 − s/2), s being the support of the strongest
 * rival value: a conflict keeps the better value but lowers how sure we are of it.</li>
 * <li><b>Source</b>: the sources of the winner's claims, most certain first, separated by "; ".</li>
 * </ol>
 * The device kind also draws on the fused model ({@link ModelKinds}: "DS-2CD2142FWD-I" is a camera),
 * with the certainty of the rule times the confidence of the model, and no more authority than the
 * model itself had.
 */
public final class IdentityFusion {

    private final VendorNames vendors;
    private final ModelKinds modelKinds;

    public IdentityFusion(VendorNames vendors, ModelKinds modelKinds) {
        this.vendors = vendors;
        this.modelKinds = modelKinds;
    }

    /** The shipped vendor names and model rules, loaded once per JVM. */
    public static IdentityFusion bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final IdentityFusion INSTANCE = new IdentityFusion(VendorNames.bundled(), ModelKinds.bundled());
    }

    /** The fused identity; its {@code cpe} is left null for a {@link CpeNamer}. */
    public Identity fuse(Collection<Claim> claims) {
        Map<IdentityAttribute, List<Claim>> byAttribute = new EnumMap<>(IdentityAttribute.class);
        for (Claim claim : claims) {
            byAttribute.computeIfAbsent(claim.attribute(), a -> new ArrayList<>()).add(claim);
        }
        Optional<Fused> vendor = fuse(IdentityAttribute.VENDOR, byAttribute.get(IdentityAttribute.VENDOR));
        Optional<Fused> model = fuse(IdentityAttribute.MODEL, byAttribute.get(IdentityAttribute.MODEL));
        List<Claim> kindClaims = new ArrayList<>(byAttribute.getOrDefault(IdentityAttribute.DEVICE_KIND, List.of()));
        model.flatMap(m -> kindFromModel(vendor.map(v -> v.field().value()).orElse(null), m))
                .ifPresent(kindClaims::add);
        return new Identity(
                field(vendor),
                field(model),
                field(fuse(IdentityAttribute.FIRMWARE, byAttribute.get(IdentityAttribute.FIRMWARE))),
                field(fuse(IdentityAttribute.HARDWARE, byAttribute.get(IdentityAttribute.HARDWARE))),
                field(fuse(IdentityAttribute.SERIAL, byAttribute.get(IdentityAttribute.SERIAL))),
                field(fuse(IdentityAttribute.DEVICE_KIND, kindClaims)),
                null);
    }

    private Optional<Claim> kindFromModel(String vendor, Fused model) {
        return modelKinds.kindOf(vendor, model.field().value()).map(rule -> new Claim(
                IdentityAttribute.DEVICE_KIND,
                rule.deviceKind().name(),
                rule.confidence().certainty() * model.field().confidence(),
                weaker(rule.confidence().authority(), model.authority()),
                model.strongest().observation(),
                rule.via()));
    }

    /** A winning value, the authority that chose it and its most certain claim (for derived claims). */
    private record Fused(IdentityField field, Authority authority, Claim strongest) {
    }

    /** The claims of one candidate value, and how well they support it. */
    private record Candidate(String key, String value, List<Claim> claims, double support, Authority authority,
                             Claim strongest) {
    }

    /** Most certain first; ties broken by authority and then by source, so claim order never matters. */
    private static final Comparator<Claim> STRONGEST_FIRST = Comparator.comparingDouble(Claim::certainty).reversed()
            .thenComparing(Claim::authority, Comparator.reverseOrder())
            .thenComparing(Claim::source);

    private Optional<Fused> fuse(IdentityAttribute attribute, List<Claim> claims) {
        if (claims == null || claims.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Claim>> byKey = new HashMap<>();
        Map<Claim, String> valueOf = new HashMap<>();
        for (Claim claim : claims) {
            Optional<String> value = attribute == IdentityAttribute.VENDOR
                    ? vendors.canonical(claim.value()) : Optional.of(claim.value().replaceAll("\\s+", " "));
            if (value.isEmpty()) {
                continue; // a placeholder vendor such as "IPCAM"
            }
            String key = attribute == IdentityAttribute.VENDOR
                    ? VendorNames.key(value.get()) : value.get().toUpperCase(Locale.ROOT);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            valueOf.put(claim, value.get());
        }
        if (byKey.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        byKey.forEach((key, keyed) -> candidates.add(candidate(key, keyed, valueOf)));
        candidates.sort(Comparator.comparing(Candidate::authority).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::support).reversed())
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.strongest().certainty()).reversed())
                .thenComparing(Candidate::key));
        Candidate winner = candidates.getFirst();
        double rival = candidates.stream().skip(1).mapToDouble(Candidate::support).max().orElse(0);
        double confidence = round(winner.support() * (1 - rival / 2));
        String sources = String.join("; ", winner.claims().stream().map(Claim::source).distinct().toList());
        return Optional.of(new Fused(new IdentityField(winner.value(), confidence, sources), winner.authority(),
                winner.strongest()));
    }

    private static Candidate candidate(String key, List<Claim> claims, Map<Claim, String> valueOf) {
        List<Claim> sorted = claims.stream().sorted(STRONGEST_FIRST).toList();
        Map<String, Double> bestPerKind = new HashMap<>();
        Authority authority = Authority.LEAD;
        for (Claim claim : sorted) {
            bestPerKind.merge(claim.observation().kind(), claim.certainty(), Math::max);
            if (claim.authority().compareTo(authority) > 0) {
                authority = claim.authority();
            }
        }
        double doubt = 1;
        for (double certainty : bestPerKind.values()) {
            doubt *= 1 - certainty;
        }
        Claim strongest = sorted.getFirst();
        return new Candidate(key, valueOf.get(strongest), sorted, 1 - doubt, authority, strongest);
    }

    private static Authority weaker(Authority a, Authority b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static double round(double value) {
        return Math.max(0, Math.min(1, Math.round(value * 1000) / 1000.0));
    }

    private static IdentityField field(Optional<Fused> fused) {
        return fused.map(Fused::field).orElse(null);
    }
}
