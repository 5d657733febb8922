package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real banners, headers, titles, hashes and certificate subjects in; identity claims out. */
class FingerprinterTest {

    private static final Fingerprinter FINGERPRINTER = Fingerprinter.bundled();

    private static List<Claim> claims(String kind, String value, int port) {
        return FINGERPRINTER.claims(new Observation(kind, value, port, ServiceProtocol.HTTP));
    }

    @Test
    void hikvisionCameraServerHeaderNamesVendorAndKind() {
        assertThat(claims(ObservationKinds.HTTP_SERVER, "App-webs/", 80))
                .extracting(Claim::attribute, Claim::value, Claim::authority, Claim::source)
                .containsExactlyInAnyOrder(
                        tuple(IdentityAttribute.VENDOR, "Hikvision", Authority.FINGERPRINT,
                                "http.server@80 via camwarden camera_fingerprints.csv line 8"),
                        tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", Authority.FINGERPRINT,
                                "http.server@80 via camwarden camera_fingerprints.csv line 8"));
    }

    @Test
    void camwardenRowRefinesRecogsDvrClaimForHikvisionWebs() {
        // recog calls Hikvision-Webs a DVR; nmap sees it on cameras too, so CamWarden claims only the vendor
        assertThat(claims(ObservationKinds.HTTP_SERVER, "Hikvision-Webs", 80))
                .extracting(Claim::attribute, Claim::value)
                .containsExactly(tuple(IdentityAttribute.VENDOR, "Hikvision"));
        assertThat(claims(ObservationKinds.HTTP_SERVER, "DNVRS-Webs", 80))
                .extracting(Claim::attribute, Claim::value)
                .containsExactlyInAnyOrder(tuple(IdentityAttribute.VENDOR, "Hikvision"),
                        tuple(IdentityAttribute.VENDOR, "Hikvision"), tuple(IdentityAttribute.DEVICE_KIND, "NVR"));
    }

    @Test
    void genericCameraWordsAreOnlyALead() {
        assertThat(claims(ObservationKinds.HTTP_SERVER, "IPCamera Login", 80))
                .extracting(Claim::attribute, Claim::value, Claim::authority, Claim::certainty)
                .containsExactly(tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", Authority.LEAD, 0.3));
        assertThat(claims(ObservationKinds.HTTP_WWW_AUTHENTICATE, "Basic realm=\"DVR\"", 80))
                .extracting(Claim::value, Claim::authority).containsExactly(tuple("DVR", Authority.LEAD));
    }

    @Test
    void xiongmaiWebServerNamesTheHardwareMaker() {
        assertThat(claims(ObservationKinds.HTTP_SERVER, "uc-httpd 1.0.0", 80))
                .extracting(Claim::attribute, Claim::value, Claim::certainty)
                .containsExactly(tuple(IdentityAttribute.VENDOR, "Xiongmai", 0.6));
        assertThat(claims(ObservationKinds.HTML_TITLE, "  NETSurveillance \n WEB ", 80))
                .extracting(Claim::attribute, Claim::value).containsExactly(tuple(IdentityAttribute.VENDOR, "Xiongmai"));
    }

    @Test
    void recogRtspAndTelnetFingerprintsClaimHardware() {
        assertThat(claims(ObservationKinds.RTSP_SERVER, "Dahua Rtsp Server", 554))
                .extracting(Claim::attribute, Claim::value, Claim::source)
                .containsExactlyInAnyOrder(
                        tuple(IdentityAttribute.VENDOR, "Dahua", "rtsp.server@554 via recog rtsp_servers.xml"),
                        tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", "rtsp.server@554 via recog rtsp_servers.xml"));
        assertThat(claims(ObservationKinds.TELNET_BANNER, "192.0.0.64 login: ", 23))
                .extracting(Claim::attribute, Claim::value).contains(tuple(IdentityAttribute.VENDOR, "Hikvision"));
    }

    @Test
    void aRealmCanNameTheModel() {
        assertThat(claims(ObservationKinds.HTTP_WWW_AUTHENTICATE, "Basic realm=\"Sony Network Camera (SNC-RZ30N)\"", 80))
                .extracting(Claim::attribute, Claim::value)
                .containsExactlyInAnyOrder(tuple(IdentityAttribute.VENDOR, "Sony"),
                        tuple(IdentityAttribute.MODEL, "SNC-RZ30N"), tuple(IdentityAttribute.DEVICE_KIND, "CAMERA"));
        assertThat(claims(ObservationKinds.RTSP_SERVER, "H264DVR 1.0", 554))
                .extracting(Claim::attribute, Claim::value).containsExactly(tuple(IdentityAttribute.DEVICE_KIND, "DVR"));
    }

    @Test
    void gstreamerAndAnyRtspServiceAreCameraLeads() {
        assertThat(claims(ObservationKinds.RTSP_SERVER, "GStreamer RTSP server", 554))
                .extracting(Claim::attribute, Claim::value, Claim::authority)
                .containsExactly(tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", Authority.LEAD));
        assertThat(claims(ObservationKinds.RTSP_PUBLIC, "OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN", 554))
                .extracting(Claim::value, Claim::authority).containsExactly(tuple("CAMERA", Authority.LEAD));
    }

    @Test
    void certificateSubjectsMatchInEitherDistinguishedNameSpelling() {
        String rfc2253 = "CN=www.hikvision.com,OU=DVRNVR,O=HIKVISION,L=HangZhou,ST=ZheJiang,C=CN";
        String spaced = "CN=www.hikvision.com, OU=DVRNVR, O=HIKVISION, L=HangZhou, ST=ZheJiang, C=CN";
        for (String subject : List.of(rfc2253, spaced)) {
            assertThat(claims(ObservationKinds.TLS_SUBJECT, subject, 443))
                    .extracting(Claim::attribute, Claim::value, Claim::source)
                    .as(subject)
                    .contains(tuple(IdentityAttribute.VENDOR, "Hikvision", "tls.subject@443 via recog x509_subjects.xml"),
                            tuple(IdentityAttribute.DEVICE_KIND, "DVR", "tls.subject@443 via recog x509_subjects.xml"));
        }
    }

    @Test
    void faviconHashIsCaseInsensitiveAndKeepsRecogsOwnCertainty() {
        assertThat(claims(ObservationKinds.FAVICON_MD5, "A3FD8705F010B90E37D42128000F620B", 80))
                .extracting(Claim::attribute, Claim::value, Claim::certainty)
                .containsExactlyInAnyOrder(tuple(IdentityAttribute.VENDOR, "AXIS", 0.5),
                        tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", 0.5));
        assertThat(claims(ObservationKinds.FAVICON_MMH3, "999357577", 80))
                .extracting(Claim::value).containsExactly("Hikvision");
    }

    @Test
    void generalPurposeServersSayNothingAboutTheHardware() {
        assertThat(claims(ObservationKinds.HTTP_SERVER, "Apache/2.4.41 (Ubuntu)", 80)).isEmpty();
        assertThat(claims(ObservationKinds.HTTP_SERVER, "httpd", 80)).as("recog: certainty 0, assert nothing").isEmpty();
        assertThat(claims(ObservationKinds.HTTP_SERVER, "lighttpd/1.4.69", 80)).isEmpty();
    }

    @Test
    void onvifDeviceInformationIsTheDevicesOwnReport() {
        // GetDeviceInformation of shared/lab/onvif-secure, answered to admin/12345
        List<Claim> claims = FINGERPRINTER.claims(List.of(
                onvif(ObservationKinds.ONVIF_MANUFACTURER, "CXF Test Cameras"),
                onvif(ObservationKinds.ONVIF_MODEL, "CXF-CAM-1"),
                onvif(ObservationKinds.ONVIF_FIRMWARE, "5.4.5 build 170124"),
                onvif(ObservationKinds.ONVIF_SERIAL, "SN0001"),
                onvif(ObservationKinds.ONVIF_HARDWARE, "HW1")));
        assertThat(claims).extracting(Claim::attribute, Claim::value, Claim::authority, Claim::source).containsExactly(
                tuple(IdentityAttribute.VENDOR, "CXF Test Cameras", Authority.DEVICE_REPORT, "onvif.manufacturer@9080"),
                tuple(IdentityAttribute.MODEL, "CXF-CAM-1", Authority.DEVICE_REPORT, "onvif.model@9080"),
                tuple(IdentityAttribute.FIRMWARE, "5.4.5 build 170124", Authority.DEVICE_REPORT, "onvif.firmware@9080"),
                tuple(IdentityAttribute.SERIAL, "SN0001", Authority.DEVICE_REPORT, "onvif.serial@9080"),
                tuple(IdentityAttribute.HARDWARE, "HW1", Authority.DEVICE_REPORT, "onvif.hardware@9080"));
    }

    @Test
    void onvifScopesAreDecodedAndReadByTheCameraFile() {
        // scopes announced by the onvif npm device mockup in shared/lab
        assertThat(FINGERPRINTER.claims(List.of(
                onvif(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/hardware/HD_PREDATOR"),
                onvif(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/type/ptz"),
                onvif(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/type/video_encoder"),
                onvif(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/name/PREDATOR"),
                onvif(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/hardware/DS-2CD2142FWD%20I"))))
                .extracting(Claim::attribute, Claim::value, Claim::authority)
                .containsExactly(
                        tuple(IdentityAttribute.MODEL, "HD_PREDATOR", Authority.FINGERPRINT),
                        tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", Authority.FINGERPRINT),
                        tuple(IdentityAttribute.DEVICE_KIND, "CAMERA", Authority.LEAD),
                        tuple(IdentityAttribute.MODEL, "DS-2CD2142FWD I", Authority.FINGERPRINT));
    }

    @Test
    void vendorControlProtocolNamesItsVendor() {
        assertThat(FINGERPRINTER.claims(new Observation(ObservationKinds.VENDOR_CONTROL, "Dahua", 37777,
                ServiceProtocol.VENDOR_CONTROL)))
                .extracting(Claim::attribute, Claim::value, Claim::certainty, Claim::source)
                .containsExactly(tuple(IdentityAttribute.VENDOR, "Dahua", 0.8, "vendor-control@37777"));
    }

    private static Observation onvif(String kind, String value) {
        return new Observation(kind, value, 9080, ServiceProtocol.ONVIF);
    }
}
