package io.camwarden.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockoutSignsTest {

    @Test
    void statusCodesAndRetryAfterAreSigns() {
        assertThat(LockoutSigns.in(423, Headers.EMPTY, "")).containsExactly("status 423 Locked");
        assertThat(LockoutSigns.in(429, new Headers.Builder().add("Retry-After", "120").build(), ""))
                .containsExactly("status 429 Too Many Requests", "Retry-After: 120");
        assertThat(LockoutSigns.in(401, Headers.EMPTY, "")).isEmpty();
        assertThat(LockoutSigns.in(200, Headers.EMPTY, "<html>Welcome</html>")).isEmpty();
    }

    @Test
    void lockoutMessagesInTextAreSigns() {
        assertThat(LockoutSigns.inText("Error: user locked, try again in 30 minutes")).isPresent();
        assertThat(LockoutSigns.inText("Too many failed attempts")).isPresent();
        assertThat(LockoutSigns.inText("IP blocked")).isPresent();
        assertThat(LockoutSigns.inText("Login incorrect")).isEmpty();
        assertThat(LockoutSigns.inText("clock settings")).isEmpty();
        assertThat(LockoutSigns.inText(null)).isEmpty();
    }
}
