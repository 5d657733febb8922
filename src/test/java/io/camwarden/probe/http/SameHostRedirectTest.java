package io.camwarden.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SameHostRedirectTest {

    private static final URI FROM = URI.create("http://127.0.1.20:8080/");

    @Test
    void followsRelativeAndAbsoluteRedirectsOnTheSameHost() {
        assertThat(SameHostRedirect.resolve(FROM, "/doc/page/login.asp?_1")).contains(
                URI.create("http://127.0.1.20:8080/doc/page/login.asp?_1"));
        assertThat(SameHostRedirect.resolve(FROM, "https://127.0.1.20/")).contains(URI.create("https://127.0.1.20/"));
        assertThat(SameHostRedirect.resolve(FROM, "index.html#top")).contains(URI.create("http://127.0.1.20:8080/index.html"));
        assertThat(SameHostRedirect.resolve(FROM, "http://127.0.1.20:8080")).contains(URI.create("http://127.0.1.20:8080/"));
        assertThat(SameHostRedirect.resolve(FROM, "/a b")).contains(URI.create("http://127.0.1.20:8080/a%20b"));
    }

    @Test
    void neverLeavesTheHostOrHttp() {
        assertThat(SameHostRedirect.resolve(FROM, "http://example.com/")).isEmpty();
        assertThat(SameHostRedirect.resolve(FROM, "//127.0.1.21/")).isEmpty();
        assertThat(SameHostRedirect.resolve(FROM, "ftp://127.0.1.20/")).isEmpty();
        assertThat(SameHostRedirect.resolve(FROM, "javascript:alert(1)")).isEmpty();
        assertThat(SameHostRedirect.resolve(FROM, "http://[::1")).isEmpty();
        assertThat(SameHostRedirect.resolve(FROM, "")).isEmpty();
        assertThat(SameHostRedirect.resolve(FROM, "/" + "x".repeat(5000))).isEmpty();
    }
}
