package io.camwarden.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses logins after too many failures, counted both per user name and per client address, so that
 * neither guessing one account's password nor spraying many accounts from one address gets far. The
 * address limit is higher: many honest users may share one address (a police station behind NAT).
 * Counts live in memory: a restart forgives, which is acceptable for throttling (not for the audit log).
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Clock clock;

    public LoginThrottle(@Value("${camwarden.login.max-failures:5}") int maxFailures,
                         @Value("${camwarden.login.max-address-failures:50}") int maxAddressFailures,
                         @Value("${camwarden.login.window:15m}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long until this user or address may try again, or empty if it may try now. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Window w = windows.get(key);
            int limit = key.startsWith("addr:") ? maxAddressFailures : maxFailures;
            if (w != null && w.failures() >= limit) {
                Duration left = Duration.between(now, w.start().plus(window));
                if (left.isNegative() || left.isZero()) {
                    windows.remove(key, w);
                } else if (left.compareTo(wait) > 0) {
                    wait = left;
                }
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_TRACKED) {
            windows.entrySet().removeIf(e -> e.getValue().start().plus(window).isBefore(now));
        }
        for (String key : keys(username, address)) {
            windows.merge(key, new Window(now, 1), (old, one) -> old.start().plus(window).isBefore(now)
                    ? one : new Window(old.start(), old.failures() + 1));
        }
    }

    /** A success clears the user's count; the address keeps its count, so spraying still stops. */
    public void succeeded(String username) {
        if (username != null) {
            windows.remove("user:" + username.toLowerCase(Locale.ROOT));
        }
    }

    private static String[] keys(String username, String address) {
        String u = username == null || username.isBlank() ? null : "user:" + username.toLowerCase(Locale.ROOT);
        String a = address == null ? null : "addr:" + address;
        if (u == null) {
            return a == null ? new String[0] : new String[] {a};
        }
        return a == null ? new String[] {u} : new String[] {u, a};
    }
}
