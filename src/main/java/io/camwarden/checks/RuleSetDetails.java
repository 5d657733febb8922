package io.camwarden.checks;

import io.camwarden.domain.check.RuleSet;
import java.util.List;

/** A rule set version with its checks. */
public record RuleSetDetails(RuleSet ruleSet, List<CatalogueEntry> checks) {
}
