/**
 * Findings stage: assessments run the checks of the active rule set over devices
 * ({@link io.camwarden.findings.AssessmentService}), keep every result as history, and move one finding per
 * (device, check) through its life cycle ({@link io.camwarden.domain.check.FindingLifecycle}). Reads are
 * confined to the caller's scope with {@code ScopeSql.devices}, like device reads.
 */
package io.camwarden.findings;
