package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.discovery.OnvifScope;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.onvif.OnvifResponse.Outcome;
import io.camwarden.probe.onvif.lab.LabProcess;
import io.camwarden.probe.onvif.lab.OnvifMock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the ONVIF mockup of the `onvif` npm package (a real third-party device model with canned answers,
 * which reads only one exact envelope form). Expected values are those of its fixture files.
 */
@Tag("lab")
class OnvifMockLabTest {

    private static OnvifMock mock;
    private static OnvifHttp http;

    @BeforeAll
    static void start() throws Exception {
        mock = OnvifMock.start("127.0.2.10");
        http = OnvifHttp.withDefaults();
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.close();
        }
        if (mock != null) {
            mock.close();
        }
    }

    private OnvifClient client() {
        return new OnvifClient(http, mock.deviceService(), Clock.systemUTC());
    }

    @Test
    void getUsersWithTheOwnersTokenReadsTheMockupsAccountsAndNeverKeepsTheirPasswords() {
        // the mockup checks no token, but it must still read an envelope that carries one (AUTH-08's call)
        OnvifResponse<List<OnvifUser>> users = client().withCredentials(new OnvifCredentials("admin", "admin"))
                .getUsers();
        assertThat(users.outcome()).as(users.summary()).isEqualTo(Outcome.ANSWERED);
        assertThat(users.value()).containsExactly(new OnvifUser("admin", "Administrator", true),
                new OnvifUser("operator", "Operator", true));
        assertThat(users.exchange().wsSecurity()).isEqualTo(WsSecurity.PASSWORD_DIGEST);
    }

    @Test
    void theFullProbeReadsIdentityScopesProfilesAndStreamUris() {
        OnvifReport report = OnvifProbe.run(client());

        assertThat(report.envelope()).isEqualTo(EnvelopeForm.SOAP12);
        assertThat(report.deviceInformation().value()).isEqualTo(new DeviceInformation("Mockup Manufacturer",
                "Mockup Model", "Mockup_15_14_13", "00000000", "MOCKUP"));
        assertThat(report.dateAndTime().value().utc()).isEqualTo(Instant.parse("2014-12-24T19:14:37Z"));
        assertThat(report.dateAndTime().value().dateTimeType()).isEqualTo("Manual");
        // The mock's clock is stuck in 2014: the skew is the distance from now, negative.
        assertThat(report.clockSkew()).isNegative();
        assertThat(Duration.between(Instant.parse("2014-12-24T19:14:37Z"), Instant.now()).plus(report.clockSkew()))
                .isLessThan(Duration.ofSeconds(5));

        List<OnvifScope> scopes = report.scopes().value();
        assertThat(scopes).hasSize(7);
        assertThat(OnvifScope.first(scopes, "name")).isEqualTo("PREDATOR");
        assertThat(OnvifScope.first(scopes, "hardware")).isEqualTo("HD_PREDATOR");

        assertThat(report.capabilities().value().media()).isEqualTo(URI.create("http://192.168.68.111/onvif/services"));
        assertThat(report.services().value()).hasSize(6)
                .contains(new OnvifService("http://www.onvif.org/ver10/media/wsdl",
                        URI.create("http://192.168.68.111/onvif/services"), "2.41"));
        // The advertised private address is never called: the media service is rebased onto the mock's.
        assertThat(report.mediaService()).isEqualTo(URI.create("http://127.0.2.10:" + mock.port() + "/onvif/services"));
        assertThat(report.profiles().value()).containsExactly(new MediaProfile("main", "main", "H264", 1920, 1080));
        assertThat(report.answeredStreamUris()).containsExactly(new StreamUri("main", "rtsp://192.168.68.111/h264main"));

        int port = mock.port();
        assertThat(report.observations()).contains(
                new Observation(ObservationKinds.ONVIF_MANUFACTURER, "Mockup Manufacturer", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_MODEL, "Mockup Model", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_FIRMWARE, "Mockup_15_14_13", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SERIAL, "00000000", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_HARDWARE, "MOCKUP", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE_HARDWARE, "HD_PREDATOR", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE_NAME, "PREDATOR", port, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_XADDR, mock.deviceService().toString(), port,
                        ServiceProtocol.ONVIF));
    }

    @Test
    void getUsersAnsweredWithoutCredentialsIsReportedWithoutKeepingThePasswords() {
        OnvifResponse<List<OnvifUser>> users = client().getUsers();

        assertThat(users.answered()).isTrue();
        assertThat(users.exchange().wsSecurity()).isEqualTo(WsSecurity.NONE);
        assertThat(users.value()).containsExactly(new OnvifUser("admin", "Administrator", true),
                new OnvifUser("operator", "Operator", true));
    }

    @Test
    void aDeviceThatReadsOnlyOneEnvelopeFormIsAnsweredByFallingBackToIt() {
        OnvifClient client = client().preferring(EnvelopeForm.SOAP12_PREFIXED);

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.answered()).isTrue();
        assertThat(info.exchange().envelope()).isEqualTo(EnvelopeForm.SOAP12);
        assertThat(client.envelopeForm()).isEqualTo(EnvelopeForm.SOAP12);
    }

    @Test
    void credentialsTheMockIgnoresStillGetAnAnswerAndSayWhatWasSent() {
        OnvifResponse<DeviceInformation> info = client().withCredentials(new OnvifCredentials("admin", "admin"))
                .getDeviceInformation();

        assertThat(info.answered()).isTrue();
        assertThat(info.exchange().wsSecurity()).isEqualTo(WsSecurity.PASSWORD_DIGEST);
        assertThat(info.exchange().httpAuthScheme()).isNull();
    }

    @Test
    void aPortWithNothingListeningIsUnreachableNotAnException() throws Exception {
        URI nowhere = URI.create("http://127.0.2.10:" + LabProcess.freePort() + "/onvif/device_service");

        OnvifReport report = OnvifProbe.run(new OnvifClient(http, nowhere, Clock.systemUTC()));

        assertThat(report.deviceInformation().outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(report.deviceInformation().detail()).contains("connection refused");
        assertThat(report.profiles().outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(report.observations()).extracting(Observation::kind).containsOnly(ObservationKinds.ONVIF_XADDR);
    }
}
