package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.probe.onvif.lab.Lab;
import io.camwarden.probe.onvif.lab.LabProcess;
import io.camwarden.probe.onvif.lab.PrivateSegment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real multicast, never from the root namespace: the ONVIF mock runs in namespace cwonvif-a, and our prober (a
 * separate JVM) and the reference client onvif-util run in cwonvif-b, on a private veth segment. Both must find
 * the same device with the same name and hardware.
 */
@Tag("lab")
class WsDiscoveryMulticastLabTest {

    private static final String DEVICE_SERVICE = "http://" + PrivateSegment.DEVICE_IP + ":18000/onvif/device_service";

    private static PrivateSegment segment;
    private static LabProcess mock;

    @BeforeAll
    static void start() throws Exception {
        segment = PrivateSegment.create();
        // The namespace is ours alone, so the mock can have a fixed port.
        mock = LabProcess.start("onvif-mock-netns", PrivateSegment.in(PrivateSegment.DEVICE_NS,
                        List.of("node", "start-mock.js")), Lab.onvifMockDir(),
                Map.of("HOSTNAME", PrivateSegment.DEVICE_IP, "PORT", "18000"));
        mock.awaitOutput("ONVIF mockup", Duration.ofSeconds(30));
        awaitDiscoveryResponder();
    }

    private static void awaitDiscoveryResponder() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var ss = PrivateSegment.run(PrivateSegment.DEVICE_NS, List.of("ss", "-Hlun", "sport = :3702"),
                    Duration.ofSeconds(5));
            if (ss.output().contains(":3702")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the mock's WS-Discovery responder did not bind udp/3702: " + mock.log());
    }

    @AfterAll
    static void stop() throws Exception {
        if (mock != null) {
            mock.close();
        }
        if (segment != null) {
            segment.close();
        }
    }

    private static String prober(String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new java.util.ArrayList<>(List.of(Lab.java(), "-cp", classpath,
                WsDiscoveryProbeMain.class.getName()));
        cmd.addAll(List.of(args));
        var result = PrivateSegment.run(PrivateSegment.PROBER_NS, cmd, Duration.ofSeconds(60));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    @Test
    void aMulticastProbeFindsTheDeviceAsOnvifUtilDoesAndItsXAddrAnswersOnvif() throws Exception {
        String ours = prober("multicast", PrivateSegment.PROBER_IP, "2000");
        var reference = PrivateSegment.run(PrivateSegment.PROBER_NS, List.of("onvif-util", "-a"), Duration.ofSeconds(30));

        // onvif-util prints "10.98.0.2 (PREDATOR HD_PREDATOR)": address, then the name and hardware scopes.
        Matcher ref = Pattern.compile("(?m)^(\\S+) \\((\\S+) (\\S+)\\)$").matcher(reference.output());
        assertThat(ref.find()).as(reference.output()).isTrue();
        assertThat(ours).as(ours).contains("MATCH from=" + ref.group(1) + " xaddr=[" + DEVICE_SERVICE + "] name="
                + ref.group(2) + " hardware=" + ref.group(3));
        assertThat(ours).contains("SUMMARY sent=2 matches=1 rejected=0 problems=[]");
        // What onvif-util cannot do with this device (it gets "No XML reply"), we can: read it over ONVIF.
        assertThat(ours).contains("DEVICE manufacturer=Mockup Manufacturer model=Mockup Model",
                "STREAM rtsp://192.168.68.111/h264main");
    }

    @Test
    void aUnicastProbeAcrossTheSegmentFindsTheSameDevice() throws Exception {
        String ours = prober("unicast", PrivateSegment.PROBER_IP, "1500", PrivateSegment.DEVICE_IP);

        assertThat(ours).as(ours).contains("MATCH from=" + PrivateSegment.DEVICE_IP + " xaddr=[" + DEVICE_SERVICE
                + "] name=PREDATOR hardware=HD_PREDATOR", "SUMMARY sent=2 matches=1 rejected=0 problems=[]");
    }
}
