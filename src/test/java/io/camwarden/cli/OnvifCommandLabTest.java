package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.probe.onvif.lab.LabProcess;
import io.camwarden.probe.onvif.lab.OnvifMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** `camwarden onvif discover|probe` against the ONVIF mock on loopback. */
@Tag("lab")
class OnvifCommandLabTest {

    private static OnvifMock mock;

    @BeforeAll
    static void start() throws Exception {
        mock = OnvifMock.start("127.0.2.10");
    }

    @AfterAll
    static void stop() {
        if (mock != null) {
            mock.close();
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run camwarden(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void probeShowsEachCallTheIdentityAndTheStreams() {
        Run run = camwarden("onvif", "probe", mock.deviceService().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ONVIF " + mock.deviceService() + " (request form SOAP12, device clock ",
                " behind ours)",
                "  GetDeviceInformation: answered (HTTP 200)", "  onvif.manufacturer = Mockup Manufacturer",
                "  onvif.scope.hardware = HD_PREDATOR", "stream main: rtsp://192.168.68.111/h264main");
    }

    @Test
    void probeOfANonOnvifPortExitsWithOne() throws Exception {
        Run run = camwarden("onvif", "probe", "http://127.0.2.10:" + LabProcess.freePort() + "/onvif/device_service");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FOUND_PROBLEMS);
        assertThat(run.out()).contains("GetSystemDateAndTime: UNREACHABLE: no HTTP answer from");
    }

    @Test
    void discoverListsTheDeviceThatAnswered() {
        Run run = camwarden("onvif", "discover", "--bind", "127.0.2.1", "--listen-ms", "1000", "127.0.2.10");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("WS-Discovery: 2 probes sent, 1 devices answered",
                "name=PREDATOR  hardware=HD_PREDATOR", "xaddrs [" + mock.deviceService() + "]");
    }
}
