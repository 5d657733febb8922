package io.camwarden.checks.credential;

import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Tries candidate credentials on one device, safely: the most likely pair first, once on each of the
 * device's login targets it applies to (one attempt per target and pair); at most {@code budget} attempts per
 * device in all (default 6, below the 5-in-30-s lock-out of Decision 724 at 1 attempt per second, paced across
 * the device's services); stop at the first success; stop at the first sign of a lock-out (the device's own
 * words or codes, a 403 after refusals, or silence after refusals). Never a write, never an exploit: every
 * attempt is a read that the device can refuse.
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
        Pace pace = new Pace(options.attemptsPerSecond());
        List<CredentialAttempt> attempts = new ArrayList<>();
        Set<String> defaultsTried = new HashSet<>();
        Set<String> weakTried = new HashSet<>();
        Set<LoginTarget> unusable = new HashSet<>();
        Map<LoginTarget, Integer> refusals = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            CredentialCandidate c = candidates.get(i);
            // the pair on every login service it applies to: an RTSP daemon, the web interface and ONVIF often keep
            // separate accounts, so a default refused on one may still open another
            for (LoginTarget target : targets) {
                if (unusable.contains(target) || !c.appliesTo(target.protocol())) {
                    continue;
                }
                if (attempts.size() >= options.budget()) {
                    return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.BUDGET_SPENT,
                            "the budget of " + options.budget() + " attempts for this device is spent", null, null,
                            defaultsTried.size(), weakTried.size(), untriedDefaults(candidates, i, defaultsTried));
                }
                pace.awaitTurn();
                CredentialAttempt a = target.attempt(new Credentials(c.username(), c.password()));
                pace.attemptEnded();
                attempts.add(a);
                (c.kind() == CredentialCandidate.Kind.VENDOR_DEFAULT ? defaultsTried : weakTried).add(key(c));
                if (a.outcome() == AuthOutcome.ACCEPTED) {
                    return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.FOUND,
                            c.username() + " / " + CredentialCandidate.mask(c.password()) + " accepted on "
                                    + a.protocol().label() + " port " + a.port(), c, a, defaultsTried.size(),
                            weakTried.size(), 0);
                }
                String lockout = lockout(a, refusals.getOrDefault(target, 0));
                if (lockout != null) {
                    return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.LOCKED_OUT, lockout, null,
                            null, defaultsTried.size(), weakTried.size(), untriedDefaults(candidates, i, defaultsTried));
                }
                switch (a.outcome()) {
                    case REJECTED -> refusals.merge(target, 1, Integer::sum);
                    case NOT_REQUIRED, UNSUPPORTED_CHALLENGE -> unusable.add(target); // nothing to learn there
                    default -> {
                    }
                }
            }
        }
        return new CredentialAuditResult(attempts, CredentialAuditResult.Stop.EXHAUSTED,
                "no candidate worked (" + attempts.size() + " attempts)", null, null, defaultsTried.size(),
                weakTried.size(), 0);
    }

    /**
     * The per-device pace, counted from the end of one attempt to the start of the next. Counted from the starts
     * (a rate limiter), a slow attempt followed by a quick one would put two logins closer together than the pace
     * on the device's side: an attempt sends its credentials only after a challenge round trip of varying length.
     */
    private static final class Pace {
        private final long gapNanos;
        private long nextStart = System.nanoTime();

        Pace(double perSecond) {
            this.gapNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        }

        void awaitTurn() {
            for (long wait; (wait = nextStart - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted(); ) {
                LockSupport.parkNanos(wait);
            }
        }

        void attemptEnded() {
            nextStart = System.nanoTime() + gapNanos;
        }
    }

    private static String key(CredentialCandidate c) {
        return c.username() + "\u0000" + c.password();
    }

    /** Vendor defaults from position {@code from} on that were not tried anywhere: the audit did not get to them. */
    private static int untriedDefaults(List<CredentialCandidate> candidates, int from, Set<String> tried) {
        return (int) candidates.subList(Math.min(Math.max(from, 0), candidates.size()), candidates.size()).stream()
                .filter(c -> c.kind() == CredentialCandidate.Kind.VENDOR_DEFAULT && !tried.contains(key(c))).count();
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
