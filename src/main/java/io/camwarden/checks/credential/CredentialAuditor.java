package io.camwarden.checks.credential;

import io.camwarden.discovery.RateLimiter;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tries candidate credentials on one device, safely: each pair once, on the first of the device's login
 * targets it applies to; at most {@code budget} attempts per device (default 6, below the 5-in-30-s
 * lock-out of Decision 724 at 1 attempt per second); stop at the first success; stop at the first sign of a
 * lock-out (the device's own words or codes, a 403 after refusals, or silence after refusals). Never a
 * write, never an exploit: every attempt is a read that the device can refuse.
 */
public final class CredentialAuditor {

    /** Per-device budget and per-host pace. */
    public record Options(int budget, double attemptsPerSecond) {
        public static final Options DEFAULTS = new Options(6, 1.0);

        public Options {
            if (budget < 1) {
                throw new IllegalArgumentException("the attempt budget must be at least 1");
            }
        }
    }

    private final Options options;

    public CredentialAuditor(Options options) {
        this.options = options;
    }

    public CredentialAuditResult audit(List<LoginTarget> targets, List<CredentialCandidate> candidates) {
        if (targets.isEmpty()) {
            return new CredentialAuditResult(List.of(), CredentialAuditResult.Stop.NO_TARGET,
                    "no service of the device asks for credentials", null, null, 0, 0, 0);
        }
        int[] tried = new int[2];
        RateLimiter pace = new RateLimiter(options.attemptsPerSecond());
        List<CredentialAttempt> attempts = new ArrayList<>();
        Set<LoginTarget> unusable = new HashSet<>();
        Map<LoginTarget, Integer> refusals = new HashMap<>();
        for (CredentialCandidate c : candidates) {
            LoginTarget target = targets.stream().filter(t -> !unusable.contains(t) && c.appliesTo(t.protocol()))
                    .findFirst().orElse(null);
            if (target == null) {
                continue;
            }
            if (attempts.size() >= options.budget()) {
                return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.BUDGET_SPENT,
                        "the budget of " + options.budget() + " attempts for this device is spent", null, null,
                        tried[0], tried[1], untriedDefaults(candidates, candidates.indexOf(c)));
            }
            pace.acquire();
            CredentialAttempt a = target.attempt(new Credentials(c.username(), c.password()));
            attempts.add(a);
            tried[c.kind() == CredentialCandidate.Kind.VENDOR_DEFAULT ? 0 : 1]++;
            if (a.outcome() == AuthOutcome.ACCEPTED) {
                return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.FOUND,
                        c.username() + " / " + CredentialCandidate.mask(c.password()) + " accepted on "
                                + a.protocol().label() + " port " + a.port(), c, a, tried[0], tried[1], 0);
            }
            String lockout = lockout(a, refusals.getOrDefault(target, 0));
            if (lockout != null) {
                return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.LOCKED_OUT, lockout, null, null,
                        tried[0], tried[1], untriedDefaults(candidates, candidates.indexOf(c) + 1));
            }
            switch (a.outcome()) {
                case REJECTED -> refusals.merge(target, 1, Integer::sum);
                case NOT_REQUIRED, UNSUPPORTED_CHALLENGE -> unusable.add(target); // nothing to learn there
                default -> {
                }
            }
        }
        return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.EXHAUSTED,
                "no candidate worked (" + attempts.size() + " attempts)", null, null, tried[0], tried[1], 0);
    }

    /** Vendor defaults from position {@code from} on, which the audit did not get to. */
    private static int untriedDefaults(List<CredentialCandidate> candidates, int from) {
        return (int) candidates.subList(Math.min(Math.max(from, 0), candidates.size()), candidates.size()).stream()
                .filter(c -> c.kind() == CredentialCandidate.Kind.VENDOR_DEFAULT).count();
    }

    /** Why this attempt looks like the device locking logins, or null. */
    static String lockout(CredentialAttempt a, int earlierRefusals) {
        if (!a.lockoutSigns().isEmpty()) {
            return "the device signals a lock-out on " + a.protocol().label() + " port " + a.port() + ": "
                    + String.join("; ", a.lockoutSigns());
        }
        if (earlierRefusals > 0 && a.status() == 403) {
            return "after " + earlierRefusals + " refused attempt(s) the device answers 403 on " + a.protocol().label()
                    + " port " + a.port() + ": it has probably locked logins";
        }
        if (earlierRefusals > 0 && a.outcome() == AuthOutcome.UNDETERMINED) {
            return "after " + earlierRefusals + " refused attempt(s) the device stopped answering on "
                    + a.protocol().label() + " port " + a.port() + " (" + a.detail() + "): it may have locked logins";
        }
        return null;
    }
}
