package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.probe.onvif.OnvifResponse.Outcome;
import io.camwarden.probe.onvif.lab.DigestProxy;
import io.camwarden.probe.onvif.lab.OnvifMock;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An ONVIF device behind HTTP Digest: lighttpd (mod_auth digest, MD5, qop=auth) proxying to the ONVIF mock. */
@Tag("lab")
class HttpDigestLabTest {

    private static OnvifMock mock;
    private static DigestProxy proxy;
    private static OnvifHttp http;

    @BeforeAll
    static void start() throws Exception {
        mock = OnvifMock.start("127.0.2.10");
        proxy = DigestProxy.start("127.0.2.12", mock.host(), mock.port(), "admin", "12345");
        http = OnvifHttp.withDefaults();
    }

    @AfterAll
    static void stop() throws Exception {
        if (http != null) {
            http.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (mock != null) {
            mock.close();
        }
    }

    private static OnvifClient client() {
        return new OnvifClient(http, proxy.deviceService(), Clock.systemUTC());
    }

    @Test
    void withoutCredentialsTheChallengeIsReported() {
        OnvifResponse<DeviceInformation> info = client().getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(info.exchange().httpStatus()).isEqualTo(401);
        assertThat(info.exchange().wwwAuthenticate()).startsWith("Digest").contains("realm=\"" + DigestProxy.REALM + "\"");
        assertThat(info.authenticationRefused()).isTrue();
        assertThat(info.exchange().httpAuthScheme()).isNull();
    }

    @Test
    void theRightCredentialsAnswerTheDigestChallengeAndReachTheDevice() {
        OnvifResponse<DeviceInformation> info = client().withCredentials(new OnvifCredentials("admin", "12345"))
                .getDeviceInformation();

        assertThat(info.answered()).as(info.summary()).isTrue();
        assertThat(info.exchange().httpAuthScheme()).isEqualToIgnoringCase("Digest");
        assertThat(info.value().manufacturer()).isEqualTo("Mockup Manufacturer");
    }

    @Test
    void aWrongPasswordStaysAt401() {
        OnvifResponse<DeviceInformation> info = client().withCredentials(new OnvifCredentials("admin", "wrong"))
                .getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(info.exchange().httpStatus()).isEqualTo(401);
        assertThat(info.authenticationRefused()).isTrue();
        assertThat(info.detail()).contains("refused the credentials");
    }
}
