package io.camwarden.checks;

import io.camwarden.domain.check.Check;

/** A check of a rule set with how CamWarden decides it today. */
public record CatalogueEntry(Check check, Implementation implementation) {
}
