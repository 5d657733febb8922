package io.camwarden.checks;

import io.camwarden.domain.check.NotificationWindows;
import io.camwarden.domain.check.RuleSet;
import java.util.List;

/**
 * A rule set version with its checks, and the notification windows GOV-04 and the notices use under it (its
 * GOV-04 row's, CamWarden's defaults for what that leaves out).
 */
public record RuleSetDetails(RuleSet ruleSet, NotificationWindows notificationWindows, List<CatalogueEntry> checks) {
}
