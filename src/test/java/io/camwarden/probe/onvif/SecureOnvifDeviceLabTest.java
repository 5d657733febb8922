package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.probe.onvif.OnvifResponse.Outcome;
import io.camwarden.probe.onvif.lab.SecureOnvifDevice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against Apache CXF + WSS4J (shared/lab/onvif-secure), which really validates WS-UsernameToken, including the
 * freshness of its Created time (WSS4J rejects tokens older than 5 minutes or more than 1 minute ahead).
 */
@Tag("lab")
class SecureOnvifDeviceLabTest {

    private static final OnvifCredentials RIGHT = new OnvifCredentials(SecureOnvifDevice.USER, SecureOnvifDevice.PASSWORD);

    private static SecureOnvifDevice device;
    private static OnvifHttp http;

    @BeforeAll
    static void start() throws Exception {
        device = SecureOnvifDevice.start("127.0.2.11");
        http = OnvifHttp.withDefaults();
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.close();
        }
        if (device != null) {
            device.close();
        }
    }

    private static OnvifClient client(Clock clock) {
        return new OnvifClient(http, device.deviceService(), clock);
    }

    @Test
    void theClockIsReadWithoutCredentials() {
        OnvifClient client = client(Clock.systemUTC());

        OnvifResponse<SystemDateAndTime> time = client.getSystemDateAndTime();

        assertThat(time.answered()).isTrue();
        assertThat(time.exchange().wsSecurity()).isEqualTo(WsSecurity.NONE);
        assertThat(Duration.between(Instant.now(), time.value().utc()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(client.clockSkew().abs()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void deviceInformationWithoutCredentialsIsRefusedWithTheDevicesFault() {
        OnvifResponse<DeviceInformation> info = client(Clock.systemUTC()).getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.FAULT);
        assertThat(info.authenticationRefused()).isTrue();
        assertThat(info.exchange().httpStatus()).isEqualTo(500);
        assertThat(info.fault().code().localName()).isEqualTo("Sender");
        assertThat(info.fault().mostSpecific().localName()).isEqualTo("SecurityError");
        assertThat(info.fault().mostSpecific().namespace()).isEqualTo("http://ws.apache.org/wss4j");
        // A fault is an answer in the device's form: no other form was tried, the learned one stays.
        assertThat(info.exchange().envelope()).isEqualTo(EnvelopeForm.SOAP12);
    }

    @Test
    void theRightCredentialsAsPasswordDigestAreAccepted() {
        OnvifResponse<DeviceInformation> info = client(Clock.systemUTC()).withCredentials(RIGHT).getDeviceInformation();

        assertThat(info.answered()).isTrue();
        assertThat(info.exchange().wsSecurity()).isEqualTo(WsSecurity.PASSWORD_DIGEST);
        assertThat(info.value()).isEqualTo(new DeviceInformation("CXF Test Cameras", "CXF-CAM-1", "5.4.5 build 170124",
                "SN0001", "HW1"));
    }

    @Test
    void theRightCredentialsAsPasswordTextAreAcceptedToo() {
        OnvifResponse<DeviceInformation> info = client(Clock.systemUTC())
                .withCredentials(RIGHT, WsSecurity.PASSWORD_TEXT).getDeviceInformation();

        assertThat(info.answered()).isTrue();
        assertThat(info.exchange().wsSecurity()).isEqualTo(WsSecurity.PASSWORD_TEXT);
    }

    @Test
    void aWrongPasswordIsRefused() {
        OnvifResponse<DeviceInformation> info = client(Clock.systemUTC())
                .withCredentials(new OnvifCredentials("admin", "admin")).getDeviceInformation();

        assertThat(info.authenticationRefused()).isTrue();
        assertThat(info.value()).isNull();
    }

    @Test
    void aScannerClockTwoHoursBehindIsRefusedUntilGetSystemDateAndTimeCorrectsIt() {
        OnvifClient client = client(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2))).withCredentials(RIGHT);

        OnvifResponse<DeviceInformation> uncorrected = client.getDeviceInformation();
        client.getSystemDateAndTime();
        OnvifResponse<DeviceInformation> corrected = client.getDeviceInformation();

        assertThat(uncorrected.authenticationRefused()).as(uncorrected.summary()).isTrue();
        assertThat(client.clockSkew()).isBetween(Duration.ofHours(2).minusSeconds(3), Duration.ofHours(2).plusSeconds(3));
        assertThat(corrected.answered()).as(corrected.summary()).isTrue();
        assertThat(corrected.value().manufacturer()).isEqualTo("CXF Test Cameras");
    }

    @Test
    void aScannerClockTwoHoursAheadIsRefusedUntilCorrectedToo() {
        OnvifClient client = client(Clock.offset(Clock.systemUTC(), Duration.ofHours(2))).withCredentials(RIGHT);

        OnvifResponse<DeviceInformation> uncorrected = client.getDeviceInformation();
        client.getSystemDateAndTime();
        OnvifResponse<DeviceInformation> corrected = client.getDeviceInformation();

        assertThat(uncorrected.authenticationRefused()).as(uncorrected.summary()).isTrue();
        assertThat(corrected.answered()).as(corrected.summary()).isTrue();
    }

    @Test
    void theFullProbeWithCredentialsReportsEachCallAsTheDeviceAnsweredIt() {
        OnvifReport report = OnvifProbe.run(client(Clock.systemUTC()).withCredentials(RIGHT));

        assertThat(report.deviceInformation().answered()).isTrue();
        // The device implements nothing else: it answers a Sender fault that is not about authentication.
        assertThat(report.capabilities().outcome()).isEqualTo(Outcome.FAULT);
        assertThat(report.capabilities().authenticationRefused()).isFalse();
        assertThat(report.capabilities().fault().reason()).isEqualTo("Action not supported: GetCapabilities");
        assertThat(report.mediaService()).isEqualTo(device.deviceService());
        assertThat(report.profiles().outcome()).isEqualTo(Outcome.FAULT);
        assertThat(report.streamUris()).isEmpty();
    }
}
