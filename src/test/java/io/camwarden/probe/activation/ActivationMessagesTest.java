package io.camwarden.probe.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SADP and DHIP replies in the form devices send them, and everything else they must shrug off. */
class ActivationMessagesTest {

    /** A ProbeMatch as an un-activated Hikvision camera answers the inquiry (fields as SADP captures show). */
    static final String INACTIVE_PROBE_MATCH = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ProbeMatch>\n"
            + "<Uuid>0B7C5A2E-6F21-4C51-9E10-5C0D2B9A7F31</Uuid>\n<Types>inquiry</Types>\n"
            + "<DeviceType>139863</DeviceType>\n<DeviceDescription>DS-2CD2143G0-I</DeviceDescription>\n"
            + "<DeviceSN>DS-2CD2143G0-I20200101AAWRE12345678</DeviceSN>\n<CommandPort>8000</CommandPort>\n"
            + "<HttpPort>80</HttpPort>\n<MAC>c4-2f-90-aa-bb-cc</MAC>\n<IPv4Address>192.168.1.64</IPv4Address>\n"
            + "<IPv4SubnetMask>255.255.255.0</IPv4SubnetMask>\n<IPv4Gateway>192.168.1.1</IPv4Gateway>\n"
            + "<IPv6Address>::</IPv6Address>\n<DHCP>false</DHCP>\n<AnalogChannelNum>0</AnalogChannelNum>\n"
            + "<DigitalChannelNum>1</DigitalChannelNum>\n<SoftwareVersion>V5.6.3build 190923</SoftwareVersion>\n"
            + "<DSPVersion>V7.3 build 190923</DSPVersion>\n<BootTime>2026-11-30 08:00:00</BootTime>\n"
            + "<Encrypt>true</Encrypt>\n<ResetAbility>false</ResetAbility>\n<DiskNumber>0</DiskNumber>\n"
            + "<Activated>false</Activated>\n<PasswordResetAbility>true</PasswordResetAbility>\n</ProbeMatch>\n";

    /** A DHIP notifyDevInfo body as Dahua cameras send it (keys and spacing as in public captures). */
    static final String DAHUA_INFO = "{ \"mac\" : \"4c:11:bf:c2:0b:9d\", \"method\" : \"client.notifyDevInfo\","
            + " \"params\" : { \"deviceInfo\" : { \"AlarmInputChannels\" : 0, \"AlarmOutputChannels\" : 0,"
            + " \"DeviceClass\" : \"IPC\", \"DeviceType\" : \"IPC-HDW5421S\", \"HttpPort\" : 80, \"IPv4Address\" :"
            + " { \"DefaultGateway\" : \"10.0.0.1\", \"DhcpEnable\" : false, \"IPAddress\" : \"10.0.0.20\","
            + " \"SubnetMask\" : \"255.255.255.0\" }, \"MachineName\" : \"1F006E4PAX00075\", \"Manufacturer\" :"
            + " \"Private\", \"Port\" : 37777, \"SerialNo\" : \"1F006E4PAX00075\", \"Vendor\" : \"Dahua\","
            + " \"Version\" : \"2.400.0.8\", \"VideoInputChannels\" : 1, \"VideoOutputChannels\" : 16%s } } }";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anInactiveHikvisionProbeMatch() {
        byte[] b = bytes(INACTIVE_PROBE_MATCH);
        ActivationReply r = SadpMessages.parse(b, b.length).orElseThrow();
        assertThat(r).isEqualTo(new ActivationReply("SADP", "DS-2CD2143G0-I", "DS-2CD2143G0-I20200101AAWRE12345678",
                "V5.6.3build 190923", ActivationReply.State.INACTIVE, "Activated=false"));
        byte[] active = bytes(INACTIVE_PROBE_MATCH.replace("<Activated>false", "<Activated>true"));
        assertThat(SadpMessages.parse(active, active.length).orElseThrow().state()).isEqualTo(ActivationReply.State.ACTIVATED);
        byte[] old = bytes(INACTIVE_PROBE_MATCH.replace("<Activated>false</Activated>", ""));
        assertThat(SadpMessages.parse(old, old.length).orElseThrow().state())
                .as("firmware before activation existed sends no flag").isEqualTo(ActivationReply.State.UNKNOWN);
    }

    @Test
    void sadpIgnoresItsOwnInquiryGarbageTruncatedOversizedAndXxe() {
        byte[] inquiry = SadpMessages.inquiry(UUID.randomUUID());
        assertThat(new String(inquiry, StandardCharsets.UTF_8)).contains("<Types>inquiry</Types>");
        assertThat(SadpMessages.parse(inquiry, inquiry.length)).isEmpty();
        byte[] b = bytes(INACTIVE_PROBE_MATCH);
        assertThat(SadpMessages.parse(b, b.length / 2)).isEmpty();
        assertThat(SadpMessages.parse(new byte[] {(byte) 0xff, 0, 1}, 3)).isEmpty();
        assertThat(SadpMessages.parse(new byte[0], 0)).isEmpty();
        byte[] huge = bytes("<ProbeMatch><DeviceDescription>" + "x".repeat(SadpMessages.MAX_REPLY)
                + "</DeviceDescription><Activated>false</Activated></ProbeMatch>");
        assertThat(SadpMessages.parse(huge, huge.length)).isEmpty();
        byte[] xxe = bytes("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ProbeMatch><DeviceDescription>&e;</DeviceDescription><Activated>false</Activated></ProbeMatch>");
        assertThat(SadpMessages.parse(xxe, xxe.length)).isEmpty();
    }

    @Test
    void aDahuaReplyAndItsInitForms() {
        byte[] numeric = DhipMessages.frame(DAHUA_INFO.formatted(", \"Init\" : 150"));
        ActivationReply r = DhipMessages.parse(numeric, numeric.length).orElseThrow();
        assertThat(r.model()).isEqualTo("IPC-HDW5421S");
        assertThat(r.serial()).isEqualTo("1F006E4PAX00075");
        assertThat(r.firmware()).isEqualTo("2.400.0.8");
        assertThat(r.state()).as("the numeric form is undocumented").isEqualTo(ActivationReply.State.UNKNOWN);
        assertThat(r.flag()).isEqualTo("Init=150");
        byte[] no = DhipMessages.frame(DAHUA_INFO.formatted(", \"Init\" : false"));
        assertThat(DhipMessages.parse(no, no.length).orElseThrow().state()).isEqualTo(ActivationReply.State.INACTIVE);
        byte[] text = DhipMessages.frame(DAHUA_INFO.formatted(", \"Init\" : \"Uninitialized\""));
        assertThat(DhipMessages.parse(text, text.length).orElseThrow().state()).isEqualTo(ActivationReply.State.INACTIVE);
        byte[] absent = DhipMessages.frame(DAHUA_INFO.formatted(""));
        assertThat(DhipMessages.parse(absent, absent.length).orElseThrow().flag()).isEqualTo("Init=(absent)");
    }

    @Test
    void theSearchIsFramedAsDevicesExpect() {
        byte[] s = DhipMessages.search();
        ByteBuffer b = ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).isEqualTo(32);
        assertThat(new String(s, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("DHIP");
        assertThat(b.getInt(16)).isEqualTo(s.length - 32).isEqualTo(b.getInt(24));
        assertThat(new String(s, 32, s.length - 32, StandardCharsets.UTF_8)).contains("\"DHDiscover.search\"");
        assertThat(DhipMessages.parse(s, s.length)).as("our own search is not a reply").isEmpty();
    }

    @Test
    void dhipRejectsBadMagicLyingLengthsTruncationOversizeAndDeepJson() {
        byte[] good = DhipMessages.frame(DAHUA_INFO.formatted(", \"Init\" : false"));
        byte[] magic = good.clone();
        magic[4] = 'X';
        assertThat(DhipMessages.parse(magic, magic.length)).isEmpty();
        byte[] lying = good.clone();
        ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 1 << 30);
        assertThat(DhipMessages.parse(lying, lying.length)).isEmpty();
        byte[] header = good.clone();
        ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putInt(0, -5);
        assertThat(DhipMessages.parse(header, header.length)).isEmpty();
        assertThat(DhipMessages.parse(good, good.length - 10)).isEmpty();
        assertThat(DhipMessages.parse(Arrays.copyOf(good, 20), 20)).isEmpty();
        byte[] big = DhipMessages.frame("{\"method\":\"client.notifyDevInfo\",\"params\":{\"deviceInfo\":{\"DeviceType\":\""
                + "x".repeat(DhipMessages.MAX_REPLY) + "\"}}}");
        assertThat(DhipMessages.parse(big, big.length)).isEmpty();
        byte[] deep = DhipMessages.frame("{\"method\":\"client.notifyDevInfo\",\"params\":{\"deviceInfo\":"
                + "[".repeat(200) + "]".repeat(200) + "}}");
        assertThat(DhipMessages.parse(deep, deep.length)).isEmpty();
        byte[] wrongType = DhipMessages.frame("{\"method\":\"client.notifyDevInfo\",\"params\":{\"deviceInfo\":\"x\"}}");
        assertThat(DhipMessages.parse(wrongType, wrongType.length)).isEmpty();
    }
}
