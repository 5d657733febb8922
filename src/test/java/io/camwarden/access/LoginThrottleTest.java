package io.camwarden.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void userIsRefusedAfterItsLimitUntilTheWindowPasses() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(3, 10, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(t.retryAfter("Alice", "10.0.0.1")).isEmpty();
            t.failed("alice", "10.0.0.1");
        }
        assertThat(t.retryAfter("ALICE", "10.0.0.9")).hasValue(Duration.ofMinutes(15));
        assertThat(t.retryAfter("bob", "10.0.0.1")).as("the address is still under its own limit").isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(t.retryAfter("alice", null)).hasValue(Duration.ofMinutes(5));
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(t.retryAfter("alice", null)).isEmpty();
    }

    @Test
    void sprayingManyAccountsFromOneAddressHitsTheAddressLimit() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(3, 10, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 10; i++) {
            t.failed("user" + i, "10.0.0.66");
        }
        assertThat(t.retryAfter("someone-else", "10.0.0.66")).isPresent();
        assertThat(t.retryAfter("someone-else", "10.0.0.67")).isEmpty();
    }

    @Test
    void successClearsTheUserCountButNotTheAddressCount() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(3, 4, Duration.ofMinutes(15), clock);
        t.failed("carol", "10.0.0.5");
        t.failed("carol", "10.0.0.5");
        t.succeeded("carol");
        t.failed("carol", "10.0.0.5");
        t.failed("carol", "10.0.0.5");
        assertThat(t.retryAfter("carol", "10.0.0.6")).as("user count restarted at the success").isEmpty();
        assertThat(t.retryAfter("dave", "10.0.0.5")).as("address kept all four").isPresent();
    }
}
