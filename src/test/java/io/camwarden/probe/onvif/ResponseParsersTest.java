package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camwarden.discovery.XmlElements;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed readers of each ONVIF response, on well-formed, incomplete and hostile answers. */
class ResponseParsersTest {

    @Test
    void deviceInformationAndItsObservations() throws Exception {
        DeviceInformation info = DeviceInformation.from(Soap.payload("<tds:GetDeviceInformationResponse>"
                + "<tds:Manufacturer> HIKVISION </tds:Manufacturer><tds:Model>DS-2CD2142FWD-I</tds:Model>"
                + "<tds:FirmwareVersion>V5.4.5 build 170124</tds:FirmwareVersion><tds:SerialNumber>DS-2CD2142FWD-I20170101AAWR</tds:SerialNumber>"
                + "<tds:HardwareId>88</tds:HardwareId></tds:GetDeviceInformationResponse>"));

        assertThat(info).isEqualTo(new DeviceInformation("HIKVISION", "DS-2CD2142FWD-I", "V5.4.5 build 170124",
                "DS-2CD2142FWD-I20170101AAWR", "88"));
        assertThat(info.observations(8000)).containsExactly(
                new Observation(ObservationKinds.ONVIF_MANUFACTURER, "HIKVISION", 8000, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_MODEL, "DS-2CD2142FWD-I", 8000, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_FIRMWARE, "V5.4.5 build 170124", 8000, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SERIAL, "DS-2CD2142FWD-I20170101AAWR", 8000, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_HARDWARE, "88", 8000, ServiceProtocol.ONVIF));
    }

    @Test
    void deviceInformationWithOnlySomeFieldsLeavesTheOthersNull() throws Exception {
        DeviceInformation info = DeviceInformation.from(Soap.payload("<tds:GetDeviceInformationResponse>"
                + "<tds:Model>IPC</tds:Model><tds:SerialNumber>   </tds:SerialNumber></tds:GetDeviceInformationResponse>"));

        assertThat(info).isEqualTo(new DeviceInformation(null, "IPC", null, null, null));
        assertThat(info.observations(80)).hasSize(1);
    }

    @Test
    void deviceInformationWithoutIdentityIsInvalid() {
        assertThatThrownBy(() -> DeviceInformation.from(Soap.payload("<tds:GetDeviceInformationResponse>"
                + "<tds:SerialNumber>1</tds:SerialNumber></tds:GetDeviceInformationResponse>")))
                .isInstanceOf(InvalidAnswer.class).hasMessageContaining("no Manufacturer, Model or FirmwareVersion");
    }

    @Test
    void anOversizedFieldIsCapped() throws Exception {
        DeviceInformation info = DeviceInformation.from(Soap.payload("<tds:GetDeviceInformationResponse><tds:Model>"
                + "M".repeat(200_000) + "</tds:Model></tds:GetDeviceInformationResponse>"));

        assertThat(info.model()).hasSize(XmlElements.MAX_TEXT);
    }

    @Test
    void systemDateAndTime() throws Exception {
        SystemDateAndTime t = SystemDateAndTime.from(Soap.payload(dateTime("<tt:TimeZone><tt:TZ>CST-8</tt:TZ></tt:TimeZone>",
                2026, 11, 22, 8, 9, 28)));

        assertThat(t).isEqualTo(new SystemDateAndTime(Instant.parse("2026-11-22T08:09:28Z"), "NTP", false, "CST-8"));
    }

    @Test
    void aLeapSecondStillGivesAUsableClock() throws Exception {
        SystemDateAndTime t = SystemDateAndTime.from(Soap.payload(dateTime("", 2016, 12, 31, 23, 59, 60)));

        assertThat(t.utc()).isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
    }

    @Test
    void localTimeOnlyGivesNoUtc() throws Exception {
        SystemDateAndTime t = SystemDateAndTime.from(Soap.payload("<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime>"
                + "<tt:DateTimeType>Manual</tt:DateTimeType><tt:DaylightSavings>true</tt:DaylightSavings>"
                + "<tt:LocalDateTime><tt:Time><tt:Hour>1</tt:Hour><tt:Minute>2</tt:Minute><tt:Second>3</tt:Second></tt:Time>"
                + "<tt:Date><tt:Year>2020</tt:Year><tt:Month>1</tt:Month><tt:Day>1</tt:Day></tt:Date></tt:LocalDateTime>"
                + "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>"));

        assertThat(t).isEqualTo(new SystemDateAndTime(null, "Manual", true, null));
    }

    @Test
    void impossibleDatesAreInvalidAnswers() {
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload(dateTime("", 2026, 13, 1, 0, 0, 0))))
                .isInstanceOf(InvalidAnswer.class).hasMessageContaining("2026-13-1");
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload(dateTime("", 2026, 2, 30, 0, 0, 0))))
                .isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload(dateTime("", 2026, 2, 1, 25, 0, 0))))
                .isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload(dateTime("", -5, 2, 1, 1, 0, 0))))
                .isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload(dateTime("", 2026, 2, 1, 1, 0, 0)
                .replace("<tt:Minute>0</tt:Minute>", "<tt:Minute>zero</tt:Minute>")))).isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload(dateTime("", 2026, 2, 1, 1, 0, 0)
                .replace("<tt:Year>2026</tt:Year>", "<tt:Year>99999999999999999999</tt:Year>")))).isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> SystemDateAndTime.from(Soap.payload("<tds:GetSystemDateAndTimeResponse/>")))
                .isInstanceOf(InvalidAnswer.class).hasMessageContaining("no SystemDateAndTime");
    }

    private static String dateTime(String extra, int year, int month, int day, int hour, int minute, int second) {
        return "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType>"
                + "<tt:DaylightSavings>false</tt:DaylightSavings>" + extra + "<tt:UTCDateTime><tt:Time><tt:Hour>" + hour
                + "</tt:Hour><tt:Minute>" + minute + "</tt:Minute><tt:Second>" + second + "</tt:Second></tt:Time><tt:Date>"
                + "<tt:Year>" + year + "</tt:Year><tt:Month>" + month + "</tt:Month><tt:Day>" + day + "</tt:Day></tt:Date>"
                + "</tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>";
    }

    @Test
    void capabilitiesIncludingExtensionsAndSkippingBadAddresses() throws Exception {
        OnvifCapabilities c = OnvifCapabilities.from(Soap.payload("<tds:GetCapabilitiesResponse><tds:Capabilities>"
                + "<tt:Device><tt:XAddr>http://10.1.1.5/onvif/device_service</tt:XAddr></tt:Device>"
                + "<tt:Events><tt:XAddr>not a uri</tt:XAddr></tt:Events>"
                + "<tt:Imaging><tt:XAddr>file:///etc/passwd</tt:XAddr></tt:Imaging>"
                + "<tt:Media><tt:XAddr>http://10.1.1.5/onvif/Media</tt:XAddr></tt:Media>"
                + "<tt:PTZ/>"
                + "<tt:Extension><tt:DeviceIO><tt:XAddr>https://10.1.1.5/onvif/DeviceIO</tt:XAddr></tt:DeviceIO></tt:Extension>"
                + "</tds:Capabilities></tds:GetCapabilitiesResponse>"));

        assertThat(c.xaddrs()).isEqualTo(Map.of("Device", URI.create("http://10.1.1.5/onvif/device_service"),
                "Media", URI.create("http://10.1.1.5/onvif/Media"), "DeviceIO", URI.create("https://10.1.1.5/onvif/DeviceIO")));
        assertThat(c.media()).isEqualTo(URI.create("http://10.1.1.5/onvif/Media"));
    }

    @Test
    void capabilitiesWithoutCapabilitiesIsInvalidAndTooManyAreCapped() throws Exception {
        assertThatThrownBy(() -> OnvifCapabilities.from(Soap.payload("<tds:GetCapabilitiesResponse/>")))
                .isInstanceOf(InvalidAnswer.class);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            many.append("<tt:C").append(i).append("><tt:XAddr>http://h/").append(i).append("</tt:XAddr></tt:C").append(i).append('>');
        }
        OnvifCapabilities c = OnvifCapabilities.from(Soap.payload("<tds:GetCapabilitiesResponse><tds:Capabilities>"
                + many + "</tds:Capabilities></tds:GetCapabilitiesResponse>"));
        assertThat(c.xaddrs()).hasSize(OnvifCapabilities.MAX_CATEGORIES);
    }

    @Test
    void services() throws Exception {
        var services = OnvifService.listFrom(Soap.payload("<tds:GetServicesResponse>"
                + "<tds:Service><tds:Namespace>http://www.onvif.org/ver10/media/wsdl</tds:Namespace>"
                + "<tds:XAddr>http://10.1.1.5/onvif/Media</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor>"
                + "</tds:Version></tds:Service>"
                + "<tds:Service><tds:Namespace>http://www.onvif.org/ver20/ptz/wsdl</tds:Namespace></tds:Service>"
                + "<tds:Service><tds:Namespace>urn:x</tds:Namespace><tds:XAddr>http://10.1.1.5/x</tds:XAddr></tds:Service>"
                + "</tds:GetServicesResponse>"));

        assertThat(services).containsExactly(
                new OnvifService("http://www.onvif.org/ver10/media/wsdl", URI.create("http://10.1.1.5/onvif/Media"), "2.60"),
                new OnvifService("urn:x", URI.create("http://10.1.1.5/x"), null));
    }

    @Test
    void profilesWithAndWithoutVideoEncoder() throws Exception {
        var profiles = MediaProfile.listFrom(Soap.payload("<trt:GetProfilesResponse>"
                + "<trt:Profiles token=\"Profile_1\" fixed=\"true\"><tt:Name>mainStream</tt:Name>"
                + "<tt:VideoEncoderConfiguration token=\"V1\"><tt:Encoding>H264</tt:Encoding>"
                + "<tt:Resolution><tt:Width>2560</tt:Width><tt:Height>1440</tt:Height></tt:Resolution>"
                + "</tt:VideoEncoderConfiguration></trt:Profiles>"
                + "<trt:Profiles token=\"audio\"><tt:Name>audio only</tt:Name></trt:Profiles>"
                + "<trt:Profiles><tt:Name>no token</tt:Name></trt:Profiles>"
                + "<trt:Profiles token=\"neg\"><tt:VideoEncoderConfiguration><tt:Resolution><tt:Width>-1</tt:Width>"
                + "<tt:Height>x</tt:Height></tt:Resolution></tt:VideoEncoderConfiguration></trt:Profiles>"
                + "</trt:GetProfilesResponse>"));

        assertThat(profiles).containsExactly(new MediaProfile("Profile_1", "mainStream", "H264", 2560, 1440),
                new MediaProfile("audio", "audio only", null, 0, 0), new MediaProfile("neg", null, null, 0, 0));
    }

    @Test
    void tooManyProfilesAreCapped() throws Exception {
        var profiles = MediaProfile.listFrom(Soap.payload("<trt:GetProfilesResponse>"
                + "<trt:Profiles token=\"p\"/>".repeat(1000) + "</trt:GetProfilesResponse>"));

        assertThat(profiles).hasSize(MediaProfile.MAX_PROFILES);
    }

    @Test
    void streamUri() throws Exception {
        StreamUri s = StreamUri.from("Profile_1", Soap.payload("<trt:GetStreamUriResponse><trt:MediaUri>"
                + "<tt:Uri>rtsp://10.1.1.5:554/Streaming/Channels/101?transportmode=unicast&amp;profile=Profile_1</tt:Uri>"
                + "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect></trt:MediaUri></trt:GetStreamUriResponse>"));

        assertThat(s).isEqualTo(new StreamUri("Profile_1",
                "rtsp://10.1.1.5:554/Streaming/Channels/101?transportmode=unicast&profile=Profile_1"));
        assertThatThrownBy(() -> StreamUri.from("p", Soap.payload("<trt:GetStreamUriResponse><trt:MediaUri/>"
                + "</trt:GetStreamUriResponse>"))).isInstanceOf(InvalidAnswer.class);
    }

    @Test
    void usersNeverKeepThePasswordTheDeviceGaveAway() throws Exception {
        var users = OnvifUser.listFrom(Soap.payload("<tds:GetUsersResponse>"
                + "<tds:User><tds:Username>admin</tds:Username><tds:Password>12345</tds:Password>"
                + "<tds:UserLevel>Administrator</tds:UserLevel></tds:User>"
                + "<tds:User><tds:Username>viewer</tds:Username><tds:UserLevel>User</tds:UserLevel></tds:User>"
                + "<tds:User><tds:UserLevel>Anonymous</tds:UserLevel></tds:User>"
                + "</tds:GetUsersResponse>"));

        assertThat(users).containsExactly(new OnvifUser("admin", "Administrator", true),
                new OnvifUser("viewer", "User", false));
        assertThat(users.toString()).doesNotContain("12345");
    }
}
