package io.camwarden.vuln.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The one rule of re-import, for every kind of record: a record whose key is new is added; one equal to the
 * stored record is unchanged; a different one replaces the stored record only when its version (CVE
 * lastModified, KEV catalog version, EPSS score date, advisory date) is not older — an unknown version counts
 * as older than any known one — so importing an old bundle after a new one never takes data back.
 */
final class Upserts {

    private Upserts() {
    }

    /** What one batch does to the table. */
    record Plan<T>(List<T> inserts, List<T> updates, int unchanged, int older) {
    }

    /** A stored row: its version and what tells it equal to an incoming record. */
    record Stored<V, S>(V version, S sameness) {
    }

    /**
     * @param batch    incoming records; of two with one key the newer (the later, when equally new) counts
     * @param existing stored rows by key
     * @param same     whether an incoming record equals the stored row
     */
    static <T, V extends Comparable<? super V>, S> Plan<T> plan(List<T> batch, Function<T, String> key,
                                                                 Function<T, V> version,
                                                                 Map<String, Stored<V, S>> existing,
                                                                 BiPredicate<T, Stored<V, S>> same) {
        Comparator<V> order = Comparator.nullsFirst(Comparator.<V>naturalOrder());
        Map<String, T> newest = new LinkedHashMap<>();
        int superseded = 0;
        for (T t : batch) {
            T before = newest.get(key.apply(t));
            if (before == null || order.compare(version.apply(t), version.apply(before)) >= 0) {
                newest.put(key.apply(t), t);
            }
            if (before != null) {
                superseded++;
            }
        }
        List<T> inserts = new ArrayList<>();
        List<T> updates = new ArrayList<>();
        int unchanged = 0;
        int older = superseded;
        for (T t : newest.values()) {
            Stored<V, S> stored = existing.get(key.apply(t));
            if (stored == null) {
                inserts.add(t);
            } else if (same.test(t, stored)) {
                unchanged++;
            } else if (order.compare(version.apply(t), stored.version()) >= 0) {
                updates.add(t);
            } else {
                older++;
            }
        }
        return new Plan<>(inserts, updates, unchanged, older);
    }
}
