package io.camwarden.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How CamWarden covers each catalogue check that has no {@link CheckUnit} yet: the single source, with
 * {@link CheckUnits}, of docs/checks.md and of the evidence of NOT_TESTED results, so the document cannot
 * drift from the code. A check is either decided by a unit, or listed here as
 * <ul>
 *   <li>{@link Kind#NETWORK}: observable over the network; the protocol clients (RTSP, ONVIF, HTTP, TLS,
 *       Telnet/FTP/SSH) and the credential audit decide it, in the network half of the check issue;</li>
 *   <li>{@link Kind#NOT_OBSERVABLE}: not observable over the network — why, and how CamWarden would collect
 *       it, for a collection method that is not built yet (the document promises nothing it lacks).</li>
 * </ul>
 * Checks that are not observable but decided from what CamWarden collects (the owner questionnaire, the
 * decommission record, the vendor register, exposure reports, the findings workflow) have units that say so
 * themselves ({@link CheckUnit#notObservable()}) and no entry here.
 */
public final class Coverage {

    /** The way a check without a unit is covered. */
    public enum Kind { NETWORK, NOT_OBSERVABLE }

    /**
     * @param how         for NETWORK: how it would be observed; for NOT_OBSERVABLE: why not
     * @param collectedBy for NOT_OBSERVABLE: how CamWarden collects it instead (null otherwise)
     */
    public record Entry(Kind kind, String how, String collectedBy) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void network(String id, String how) {
        ENTRIES.put(id, new Entry(Kind.NETWORK, how, null));
    }

    private static void notObservable(String id, String why, String collectedBy) {
        ENTRIES.put(id, new Entry(Kind.NOT_OBSERVABLE, why, collectedBy));
    }

    static {
        // every catalogue check has a unit now; a check added to the catalogue without one is described here
    }

    private Coverage() {
    }

    public static Optional<Entry> of(String checkId) {
        return Optional.ofNullable(ENTRIES.get(checkId));
    }

    public static Map<String, Entry> all() {
        return Map.copyOf(ENTRIES);
    }
}
