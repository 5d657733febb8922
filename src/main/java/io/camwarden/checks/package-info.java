/**
 * Checks stage: the check catalogue as versioned rule sets ({@link io.camwarden.checks.RuleSetService}, shipped
 * as {@code src/main/resources/checks/rule-set-1.csv}), the warned-vendor lists, and the engine that decides
 * each check for a device ({@link io.camwarden.checks.CheckEngine}). What every check is, and how CamWarden
 * decides it, is in {@code docs/checks.md}, generated from {@link io.camwarden.checks.CheckUnits} and
 * {@link io.camwarden.checks.Coverage}.
 * <p>
 * Adding a check (the network checks, for one): write a {@link io.camwarden.checks.CheckUnit} for its catalogue
 * ID that reads {@link io.camwarden.checks.CheckSubject#scan()} (the scan's services and observations) or the
 * registry facts, and answers a {@link io.camwarden.checks.Decision} with evidence; add it to
 * {@link io.camwarden.checks.CheckUnits#standard}; remove the check's {@link io.camwarden.checks.Coverage} entry;
 * regenerate docs/checks.md. The engine applies the rule set around the unit (minimum level, severity at the
 * device's level, rule-set version); results and findings need no change. Units waiting for another part of
 * CamWarden ({@code RogueDeviceCheck}, INV-01; {@code FirmwareCurrencyCheck}, FW-01) say so in
 * {@link io.camwarden.checks.CheckUnit#awaiting()}.
 */
package io.camwarden.checks;
