package io.camwarden.domain.check;

import java.time.Instant;

/**
 * One check's result for one device in one assessment, with the evidence that decided it and the rule
 * set version whose definition of the check (severity, minimum level) was applied. {@code address} and
 * {@code port} name the network endpoint a network check looked at; registry checks leave them empty.
 * {@code severity} is what a failure weighs at the device's security level.
 */
public record CheckResult(Long id, Long assessmentId, long deviceId, String checkId, int ruleSetVersion,
                          Outcome outcome, Severity severity, Evidence evidence, String address, Integer port,
                          Instant checkedAt) {
}
