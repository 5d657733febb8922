package io.camwarden.domain.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks of one rule-set version, in the order the rule set lists them. */
public record Catalogue(int version, List<Check> checks) {

    public Catalogue {
        checks = List.copyOf(checks);
    }

    public Optional<Check> find(String checkId) {
        return checks.stream().filter(c -> c.id().equals(checkId)).findFirst();
    }

    /** The notification windows GOV-04's row gives, or CamWarden's defaults (GOV-04, the notification worker). */
    public NotificationWindows notificationWindows() {
        return find(NotificationWindows.CHECK_ID).map(Check::notificationWindows).orElse(NotificationWindows.DEFAULTS);
    }

    public Map<String, Check> byId() {
        Map<String, Check> m = new LinkedHashMap<>();
        checks.forEach(c -> m.put(c.id(), c));
        return m;
    }
}
