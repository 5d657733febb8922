package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.discovery.SafeXml;
import io.camwarden.discovery.XmlElements;
import io.camwarden.probe.onvif.OnvifResponse.Outcome;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Element;

/**
 * The client's handling of what devices do on the wire, against scripted loopback endpoints (127.0.2.20): the
 * lab tests cover the real devices, these the behaviours no lab device shows on demand.
 */
@Timeout(30)
class OnvifClientTest {

    private static final String HOST = "127.0.2.20";
    private static final String DEVICE_INFO = Soap.envelope("<tds:GetDeviceInformationResponse><tds:Manufacturer>ACME"
            + "</tds:Manufacturer><tds:Model>C1</tds:Model></tds:GetDeviceInformationResponse>");

    private final OnvifHttp http = new OnvifHttp(new OnvifHttp.Options(Duration.ofSeconds(2), Duration.ofMillis(800),
            Duration.ofSeconds(2), 64 * 1024));
    private FakeDevice device;

    @AfterEach
    void close() {
        http.close();
        if (device != null) {
            device.close();
        }
    }

    private OnvifClient client(FakeDevice.Behaviour behaviour) throws Exception {
        device = new FakeDevice(HOST, behaviour);
        return new OnvifClient(http, device.deviceService(), Clock.systemUTC());
    }

    @Test
    void aDeviceThatReadsOnlyPrefixedRequestsIsFoundAndRemembered() throws Exception {
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 200,
                req.body().contains("<tds:GetDeviceInformation/>") ? DEVICE_INFO : ""));

        OnvifResponse<DeviceInformation> first = client.getDeviceInformation();
        OnvifResponse<DeviceInformation> second = client.getDeviceInformation();

        assertThat(first.answered()).isTrue();
        assertThat(first.exchange().envelope()).isEqualTo(EnvelopeForm.SOAP12_PREFIXED);
        assertThat(second.answered()).isTrue();
        assertThat(device.requests).hasSize(3); // SOAP12 (empty answer), prefixed, then prefixed straight away
        assertThat(client.envelopeForm()).isEqualTo(EnvelopeForm.SOAP12_PREFIXED);
    }

    @Test
    void aSoap11OnlyDeviceGetsContentTypeAndSoapActionItExpects() throws Exception {
        OnvifClient client = client((req, ex) -> {
            boolean soap11 = "text/xml; charset=utf-8".equals(req.contentType())
                    && "\"http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation\"".equals(req.soapAction());
            FakeDevice.reply(ex, soap11 ? 200 : 415, soap11 ? DEVICE_INFO : "");
        });

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.answered()).as(info.summary()).isTrue();
        assertThat(info.exchange().envelope()).isEqualTo(EnvelopeForm.SOAP11);
        assertThat(device.requests).hasSize(3);
    }

    @Test
    void aDeviceThatAnswersNoFormSaysSoAfterTryingEach() throws Exception {
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 200, ""));

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.NOT_SOAP);
        assertThat(info.exchange().envelope()).isEqualTo(EnvelopeForm.SOAP12);
        assertThat(info.detail()).isEqualTo("HTTP 200 with an empty body: the device did not understand this request "
                + "form; no other request form ([SOAP12_PREFIXED, SOAP11]) got a SOAP answer either");
        assertThat(device.requests).hasSize(3);
        assertThat(client.envelopeForm()).isEqualTo(EnvelopeForm.SOAP12);
    }

    @Test
    void anAuthenticationFaultIsAnAnswerAndNoOtherFormIsTried() throws Exception {
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 400, Soap.envelope("<SOAP-ENV:Fault><SOAP-ENV:Code>"
                + "<SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value><SOAP-ENV:Subcode><SOAP-ENV:Value>ter:NotAuthorized"
                + "</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code></SOAP-ENV:Fault>")));

        OnvifResponse<java.util.List<OnvifUser>> users = client.getUsers();

        assertThat(users.outcome()).isEqualTo(Outcome.FAULT);
        assertThat(users.authenticationRefused()).isTrue();
        assertThat(users.exchange().httpStatus()).isEqualTo(400);
        assertThat(users.summary()).isEqualTo("GetUsers: fault SOAP-ENV:Sender / ter:NotAuthorized (HTTP 400)");
        assertThat(device.requests).hasSize(1);
    }

    @Test
    void http401WithoutSoapIsReportedWithItsChallengeAndNotRetried() throws Exception {
        OnvifClient client = client((req, ex) -> {
            ex.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"IP Camera\", nonce=\"abc\", qop=\"auth\"");
            ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"IP Camera\"");
            FakeDevice.reply(ex, 401, "<html>401</html>");
        });

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(info.authenticationRefused()).isTrue();
        assertThat(info.exchange().wwwAuthenticate())
                .isEqualTo("Digest realm=\"IP Camera\", nonce=\"abc\", qop=\"auth\", Basic realm=\"IP Camera\"");
        assertThat(info.detail()).startsWith("HTTP 401: the device wants HTTP authentication");
        assertThat(device.requests).hasSize(1);
    }

    @Test
    void theWrongResponseElementIsAnInvalidAnswer() throws Exception {
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 200,
                Soap.envelope("<tds:GetScopesResponse/>")));

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.INVALID_ANSWER);
        assertThat(info.detail()).isEqualTo("answered <GetScopesResponse> instead of <GetDeviceInformationResponse>");
        assertThat(device.requests).hasSize(1);
    }

    @Test
    void anXxeAnswerIsNotReadAndNotFollowed() throws Exception {
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 200, "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><SOAP-ENV:Envelope" + Soap.NAMESPACES
                + "><SOAP-ENV:Body><tds:GetDeviceInformationResponse><tds:Manufacturer>&e;</tds:Manufacturer>"
                + "</tds:GetDeviceInformationResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"));

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.NOT_SOAP);
        assertThat(info.value()).isNull();
        assertThat(info.detail()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void anEndlessAnswerIsCutOffAtTheSizeLimit() throws Exception {
        OnvifClient client = client((req, ex) -> {
            ex.sendResponseHeaders(200, 0); // chunked, never ends
            byte[] chunk = ("<a>" + "x".repeat(8000) + "</a>").getBytes(StandardCharsets.UTF_8);
            while (true) {
                ex.getResponseBody().write(chunk);
            }
        });

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.NOT_SOAP);
        assertThat(info.detail()).startsWith("the answer is larger than 65536 bytes and was not read");
    }

    @Test
    void aHugeDeclaredContentLengthIsNotBuffered() throws Exception {
        OnvifClient client = client((req, ex) -> {
            ex.sendResponseHeaders(500, 1L << 40);
            byte[] chunk = new byte[16 * 1024];
            while (true) {
                ex.getResponseBody().write(chunk);
            }
        });

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.HTTP_ERROR);
        assertThat(info.exchange().httpStatus()).isEqualTo(500);
        assertThat(info.detail()).contains("larger than 65536 bytes");
    }

    @Test
    void aDeviceThatDripsItsAnswerIsCutOffAtTheCallDeadline() throws Exception {
        OnvifClient client = client((req, ex) -> {
            ex.sendResponseHeaders(200, 0);
            while (true) {
                ex.getResponseBody().write(' ');
                ex.getResponseBody().flush();
                sleep(100);
            }
        });
        long start = System.nanoTime();

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(info.detail()).contains("no complete answer within 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDeviceThatNeverAnswersTimesOut() throws Exception {
        OnvifClient client = client((req, ex) -> sleep(10_000));

        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();

        assertThat(info.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(info.detail()).endsWith("timed out");
        assertThat(device.requests).hasSize(1);
    }

    @Test
    void theClockSkewFromGetSystemDateAndTimeSetsTheCreatedOfLaterTokens() throws Exception {
        Instant ourNow = Instant.parse("2026-01-01T00:00:00Z");
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 200, req.body().contains("GetSystemDateAndTime")
                ? Soap.envelope("<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:UTCDateTime><tt:Time>"
                + "<tt:Hour>10</tt:Hour><tt:Minute>30</tt:Minute><tt:Second>0</tt:Second></tt:Time><tt:Date>"
                + "<tt:Year>2030</tt:Year><tt:Month>6</tt:Month><tt:Day>15</tt:Day></tt:Date></tt:UTCDateTime>"
                + "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>")
                : DEVICE_INFO));
        client = new OnvifClient(http, device.deviceService(), Clock.fixed(ourNow, ZoneOffset.UTC))
                .withCredentials(new OnvifCredentials("admin", "12345"));

        client.getSystemDateAndTime();
        client.getDeviceInformation();

        // The device said 10:30:00 (whole seconds): half a second later on average.
        assertThat(client.clockSkew()).isEqualTo(Duration.between(ourNow, Instant.parse("2030-06-15T10:30:00.500Z")));
        assertThat(device.requests.get(0).body()).doesNotContain("Security");
        Element token = usernameToken(device.requests.get(1).body());
        String created = XmlElements.text(token, "Created");
        assertThat(created).isEqualTo("2030-06-15T10:30:00.500Z");
        byte[] nonce = Base64.getDecoder().decode(XmlElements.text(token, "Nonce"));
        assertThat(nonce).hasSize(16);
        assertThat(XmlElements.text(token, "Password")).isEqualTo(UsernameToken.digest(nonce, created, "12345"));
    }

    @Test
    void everyTokenHasAFreshNonce() throws Exception {
        OnvifClient client = client((req, ex) -> FakeDevice.reply(ex, 200, DEVICE_INFO))
                .withCredentials(new OnvifCredentials("admin", "12345"));

        client.getDeviceInformation();
        client.getDeviceInformation();

        assertThat(XmlElements.text(usernameToken(device.requests.get(0).body()), "Nonce"))
                .isNotEqualTo(XmlElements.text(usernameToken(device.requests.get(1).body()), "Nonce"));
    }

    private static Element usernameToken(String request) throws SafeXml.Rejected {
        byte[] b = request.getBytes(StandardCharsets.UTF_8);
        return XmlElements.path(SafeXml.parse(b, b.length, 16_384).getDocumentElement(), "Header", "Security",
                "UsernameToken");
    }

    @Test
    void rebaseNeverLetsADevicePointTheScannerElsewhere() throws Exception {
        OnvifClient client = new OnvifClient(http, URI.create("http://127.0.2.20:8080/onvif/device_service"),
                Clock.systemUTC());

        assertThat(client.rebase(URI.create("http://192.168.1.64/onvif/Media?x=1")))
                .isEqualTo(URI.create("http://127.0.2.20:8080/onvif/Media?x=1"));
        assertThat(client.rebase(URI.create("http://127.0.2.20:8899/onvif/Media")))
                .isEqualTo(URI.create("http://127.0.2.20:8899/onvif/Media"));
        assertThat(client.rebase(URI.create("https://127.0.2.20/onvif/Media")))
                .isEqualTo(URI.create("http://127.0.2.20:8080/onvif/Media"));
        assertThat(client.rebase(null)).isEqualTo(client.deviceService());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
