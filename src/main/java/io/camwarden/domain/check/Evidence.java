package io.camwarden.domain.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a check decided what it did: a sentence for people, and the facts behind it — which field or
 * observation, which value, and where it came from (a registry record, a list entry and its source, a
 * date, a network reply).
 */
public record Evidence(String summary, List<Fact> facts) {

    /** One fact: e.g. name "device.end_of_support", value "2024-06-30", source "device 42". */
    public record Fact(String name, String value, String source) {
    }

    public Evidence {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public static Evidence of(String summary, Fact... facts) {
        return new Evidence(summary, List.of(facts));
    }

    public static Fact fact(String name, Object value, String source) {
        return new Fact(name, value == null ? null : value.toString(), source);
    }

    /** The same evidence with more facts after the existing ones. */
    public Evidence with(List<Fact> more) {
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(more);
        return new Evidence(summary, all);
    }
}
