package io.camwarden.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole hosts: the observations a scan makes of one device, fused into one identity. */
class IdentifierTest {

    private static final Identifier IDENTIFIER = Identifier.bundled();

    private static Observation http(String kind, String value) {
        return new Observation(kind, value, 80, ServiceProtocol.HTTP);
    }

    private static Observation onvif(String kind, String value) {
        return new Observation(kind, value, 80, ServiceProtocol.ONVIF);
    }

    private static Observation rtsp(String kind, String value) {
        return new Observation(kind, value, 554, ServiceProtocol.RTSP);
    }

    @Test
    void hikvisionCameraWithOnvifAndBannersIsFullyIdentified() {
        Identity identity = IDENTIFIER.identify(List.of(
                http(ObservationKinds.HTTP_SERVER, "App-webs/"),
                http(ObservationKinds.HTTP_WWW_AUTHENTICATE, "Digest realm=\"IP Camera(C6269)\", nonce=\"4e4449794d6a\""),
                onvif(ObservationKinds.ONVIF_MANUFACTURER, "HIKVISION"),
                onvif(ObservationKinds.ONVIF_MODEL, "DS-2CD2142FWD-I"),
                onvif(ObservationKinds.ONVIF_FIRMWARE, "V5.4.5 build 170124"),
                onvif(ObservationKinds.ONVIF_SERIAL, "DS-2CD2142FWD-I20170322AAWR123456789"),
                onvif(ObservationKinds.ONVIF_HARDWARE, "88"),
                rtsp(ObservationKinds.RTSP_PUBLIC, "OPTIONS, DESCRIBE, PLAY, PAUSE, SETUP, TEARDOWN, SET_PARAMETER")));

        assertThat(identity.vendor().value()).isEqualTo("Hikvision");
        // ONVIF (0.95) and the Server header (0.85) agree: 1 - 0.05 * 0.15
        assertThat(identity.vendor().confidence()).isCloseTo(0.9925, org.assertj.core.data.Offset.offset(0.001));
        assertThat(identity.vendor().source())
                .isEqualTo("onvif.manufacturer@80; http.server@80 via camwarden camera_fingerprints.csv line 8");
        assertThat(identity.model()).isEqualTo(new IdentityField("DS-2CD2142FWD-I", 0.95, "onvif.model@80"));
        assertThat(identity.firmware()).isEqualTo(new IdentityField("V5.4.5 build 170124", 0.95, "onvif.firmware@80"));
        assertThat(identity.serial().value()).isEqualTo("DS-2CD2142FWD-I20170322AAWR123456789");
        assertThat(identity.hardware().value()).isEqualTo("88");
        assertThat(identity.deviceKind().value()).isEqualTo("CAMERA");
        assertThat(identity.deviceKind().source()).contains("onvif.model@80 via camwarden model_kinds.csv line 2")
                .contains("http.server@80 via camwarden camera_fingerprints.csv line 8")
                .contains("rtsp.public@554 via camwarden camera_fingerprints.csv");
        assertThat(identity.cpe()).isEqualTo("cpe:2.3:o:hikvision:ds-2cd2142fwd-i_firmware:5.4.5:*:*:*:*:*:*:*");
    }

    @Test
    void agreeingIndependentObservationsRaiseConfidence() {
        Identity one = IDENTIFIER.identify(List.of(rtsp(ObservationKinds.RTSP_SERVER, "Dahua Rtsp Server")));
        Identity two = IDENTIFIER.identify(List.of(rtsp(ObservationKinds.RTSP_SERVER, "Dahua Rtsp Server"),
                http(ObservationKinds.HTML_TITLE, "WEB SERVICE")));
        assertThat(one.vendor().value()).isEqualTo("Dahua");
        assertThat(two.vendor().value()).isEqualTo("Dahua");
        assertThat(two.vendor().confidence()).isGreaterThan(one.vendor().confidence());
        assertThat(two.vendor().confidence()).isEqualTo(0.94); // 1 - 0.15 * 0.4
    }

    @Test
    void theSameBannerTwiceIsNotTwoWitnesses() {
        Identity once = IDENTIFIER.identify(List.of(http(ObservationKinds.HTTP_SERVER, "App-webs/")));
        Identity twice = IDENTIFIER.identify(List.of(http(ObservationKinds.HTTP_SERVER, "App-webs/"),
                new Observation(ObservationKinds.HTTP_SERVER, "App-webs/", 8080, ServiceProtocol.HTTP)));
        assertThat(twice.vendor().confidence()).isEqualTo(once.vendor().confidence()).isEqualTo(0.85);
        assertThat(twice.vendor().source()).contains("http.server@80").contains("http.server@8080");
    }

    @Test
    void theDevicesOwnOnvifAnswerBeatsBannersButTheConflictLowersConfidence() {
        // an OEM camera: Hikvision firmware inside, another brand on the box and in ONVIF
        Identity identity = IDENTIFIER.identify(List.of(
                onvif(ObservationKinds.ONVIF_MANUFACTURER, "Annke"),
                http(ObservationKinds.HTTP_SERVER, "App-webs/"),
                http(ObservationKinds.HTTP_WWW_AUTHENTICATE, "Basic realm=\"hikvision\"")));
        assertThat(identity.vendor().value()).isEqualTo("Annke");
        assertThat(identity.vendor().source()).isEqualTo("onvif.manufacturer@80");
        // Hikvision's support 1 - 0.15 * 0.15 = 0.9775 against Annke's 0.95: 0.95 * (1 - 0.9775 / 2)
        assertThat(identity.vendor().confidence()).isEqualTo(0.486);
    }

    @Test
    void betterSupportedValueWinsAmongEqualAuthorities() {
        Identity identity = IDENTIFIER.identify(List.of(
                http(ObservationKinds.HTTP_SERVER, "App-webs/"),
                rtsp(ObservationKinds.RTSP_SERVER, "Dahua Rtsp Server"),
                http(ObservationKinds.HTML_TITLE, "WEB SERVICE")));
        assertThat(identity.vendor().value()).isEqualTo("Dahua");
        assertThat(identity.vendor().confidence()).isEqualTo(0.541); // 0.94 * (1 - 0.85 / 2)
    }

    @Test
    void leadsNeverOutvoteAFingerprint() {
        Identity identity = IDENTIFIER.identify(List.of(
                http(ObservationKinds.HTTP_SERVER, "DNVRS-Webs"),
                http(ObservationKinds.HTTP_WWW_AUTHENTICATE, "Basic realm=\"IP Camera\""),
                http(ObservationKinds.HTML_TITLE, "Network Camera"),
                rtsp(ObservationKinds.RTSP_PUBLIC, "OPTIONS, DESCRIBE")));
        assertThat(identity.deviceKind().value()).isEqualTo("NVR");
        assertThat(identity.deviceKind().confidence()).isLessThan(0.6);
    }

    @Test
    void leadsAloneGiveALowConfidenceKindAndNoCpe() {
        // the CamWarden lab's GStreamer camera on its own
        Identity identity = IDENTIFIER.identify(List.of(rtsp(ObservationKinds.RTSP_SERVER, "GStreamer RTSP server"),
                rtsp(ObservationKinds.RTSP_PUBLIC, "OPTIONS, DESCRIBE, ANNOUNCE, GET_PARAMETER, PAUSE, PLAY, RECORD, SETUP, SET_PARAMETER, TEARDOWN")));
        assertThat(identity.vendor()).isNull();
        assertThat(identity.deviceKind().value()).isEqualTo("CAMERA");
        assertThat(identity.deviceKind().confidence()).isEqualTo(0.51); // 1 - 0.7 * 0.7
        assertThat(identity.cpe()).isNull();
    }

    @Test
    void vendorSpellingsAreOneVendor() {
        Identity identity = IDENTIFIER.identify(List.of(
                onvif(ObservationKinds.ONVIF_MANUFACTURER, "Hangzhou Hikvision Digital Technology Co., Ltd."),
                http(ObservationKinds.HTTP_SERVER, "Hikvision-Webs"),
                new Observation(ObservationKinds.VENDOR_CONTROL, "hikvision", 8000, ServiceProtocol.VENDOR_CONTROL)));
        assertThat(identity.vendor().value()).isEqualTo("Hikvision");
        assertThat(identity.vendor().source()).contains("onvif.manufacturer@80").contains("http.server@80")
                .contains("vendor-control@8000");
        assertThat(IDENTIFIER.identify(List.of(onvif(ObservationKinds.ONVIF_MANUFACTURER, "Dahua Technology")))
                .vendor().value()).isEqualTo("Dahua");
    }

    @Test
    void placeholderManufacturersAreNotVendors() {
        Identity identity = IDENTIFIER.identify(List.of(
                onvif(ObservationKinds.ONVIF_MANUFACTURER, "IPCAM"),
                onvif(ObservationKinds.ONVIF_MODEL, "C6F0SgZ3N0PfL2"),
                http(ObservationKinds.HTTP_SERVER, "uc-httpd 1.0.0")));
        assertThat(identity.vendor().value()).isEqualTo("Xiongmai");
        assertThat(identity.vendor().confidence()).isEqualTo(0.6);
        assertThat(identity.model().value()).isEqualTo("C6F0SgZ3N0PfL2");
    }

    @Test
    void modelNamesTellTheDeviceKind() {
        assertThat(kindOf("HIKVISION", "DS-7608NI-K2")).isEqualTo("NVR");
        assertThat(kindOf("HIKVISION", "DS-7204HGHI-F1")).isEqualTo("DVR");
        assertThat(kindOf("Dahua", "DH-XVR5108HS-X")).isEqualTo("DVR");
        assertThat(kindOf("Dahua", "IPC-HDW4300S")).isEqualTo("CAMERA");
        assertThat(kindOf("AXIS", "AXIS M7016")).isEqualTo("ENCODER");
        assertThat(kindOf("AXIS", "AXIS P3245-LVE")).isEqualTo("CAMERA");
        assertThat(kindOf("Uniview", "NVR301-04S2-P4")).isEqualTo("NVR");
        assertThat(kindOf("Mockup Manufacturer", "Mockup Model")).isNull();
    }

    @Test
    void theModelOverrulesABannersGuessAtTheKind() {
        // recog's favicon for Hikvision says DVR; the device's own model says camera
        Identity identity = IDENTIFIER.identify(List.of(
                onvif(ObservationKinds.ONVIF_MANUFACTURER, "HIKVISION"),
                onvif(ObservationKinds.ONVIF_MODEL, "DS-2CD2142FWD-I"),
                http(ObservationKinds.FAVICON_MD5, "89b932fcc47cf4ca3faadb0cfdef89cf")));
        assertThat(identity.deviceKind().value()).isEqualTo("CAMERA");
        assertThat(identity.deviceKind().confidence()).isLessThan(0.85 * 0.95);
    }

    @Test
    void genericModelWordsAreLeadsOnly() {
        // Yamaha's NVR500 is a router: the generic rule may only hint
        Identity identity = IDENTIFIER.identify(List.of(onvif(ObservationKinds.ONVIF_MANUFACTURER, "Yamaha"),
                onvif(ObservationKinds.ONVIF_MODEL, "NVR500")));
        assertThat(identity.deviceKind().value()).isEqualTo("NVR");
        assertThat(identity.deviceKind().confidence()).isEqualTo(0.285); // 0.3 * 0.95
    }

    @Test
    void resultDoesNotDependOnObservationOrder() {
        List<Observation> observations = new ArrayList<>(List.of(
                http(ObservationKinds.HTTP_SERVER, "App-webs/"),
                rtsp(ObservationKinds.RTSP_SERVER, "Dahua Rtsp Server"),
                http(ObservationKinds.HTML_TITLE, "WEB SERVICE"),
                onvif(ObservationKinds.ONVIF_MODEL, "IPC-HDW4300S"),
                http(ObservationKinds.HTTP_WWW_AUTHENTICATE, "Basic realm=\"DVR\""),
                rtsp(ObservationKinds.RTSP_PUBLIC, "OPTIONS")));
        Identity expected = IDENTIFIER.identify(observations);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(observations, random);
            assertThat(IDENTIFIER.identify(observations)).isEqualTo(expected);
        }
    }

    @Test
    void nothingObservedIsAnUnknownIdentity() {
        assertThat(IDENTIFIER.identify(List.of())).isEqualTo(Identity.UNKNOWN);
        assertThat(IDENTIFIER.identifyServices(List.of(new Service(80, ServiceProtocol.HTTP,
                List.of(http(ObservationKinds.HTTP_SERVER, "nginx")))))).isEqualTo(Identity.UNKNOWN);
    }

    @Test
    void servicesContributeAllTheirEvidence() {
        Identity identity = IDENTIFIER.identifyServices(List.of(
                new Service(80, ServiceProtocol.HTTP, List.of(http(ObservationKinds.HTTP_SERVER, "App-webs/"))),
                new Service(554, ServiceProtocol.RTSP, List.of(rtsp(ObservationKinds.RTSP_PUBLIC, "OPTIONS")))));
        assertThat(identity.vendor().value()).isEqualTo("Hikvision");
        assertThat(identity.deviceKind().source()).contains("rtsp.public@554");
    }

    private static String kindOf(String manufacturer, String model) {
        IdentityField kind = IDENTIFIER.identify(List.of(onvif(ObservationKinds.ONVIF_MANUFACTURER, manufacturer),
                onvif(ObservationKinds.ONVIF_MODEL, model))).deviceKind();
        return kind == null ? null : kind.value();
    }
}
