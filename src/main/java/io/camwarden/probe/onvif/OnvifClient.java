package io.camwarden.probe.onvif;

import io.camwarden.discovery.OnvifScope;
import io.camwarden.discovery.SafeXml;
import io.camwarden.discovery.XmlElements;
import io.camwarden.probe.onvif.OnvifResponse.Exchange;
import io.camwarden.probe.onvif.OnvifResponse.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A small, strict ONVIF client for one device. Each call returns an {@link OnvifResponse} that says exactly what
 * the device answered; nothing here throws for anything a device does.
 *
 * <p>Two things are learned from the device and shared by every client of it made with
 * {@link #withCredentials}: the request form it answers (see {@link EnvelopeForm}) and its clock skew, which
 * {@link #getSystemDateAndTime()} measures and every later UsernameToken's Created time is corrected by.
 */
public final class OnvifClient {

    /** HTTP statuses that, without a SOAP fault, mean "I could not read that request" rather than "no". */
    private static final Set<Integer> NOT_UNDERSTOOD = Set.of(400, 405, 415, 500);
    private static final SecureRandom NONCES = new SecureRandom();

    /** What is learned about a device once and shared by its clients. */
    private static final class Learned {
        volatile EnvelopeForm form = EnvelopeForm.SOAP12;
        volatile Duration skew;
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(Element response) throws InvalidAnswer;
    }

    private final OnvifHttp http;
    private final URI deviceService;
    private final Clock clock;
    private final OnvifCredentials credentials;
    private final WsSecurity wsSecurity;
    private final Learned learned;

    /** An anonymous client of the device service at {@code deviceService} (an XAddr from discovery). */
    public OnvifClient(OnvifHttp http, URI deviceService, Clock clock) {
        this(http, deviceService, clock, null, WsSecurity.NONE, new Learned());
    }

    private OnvifClient(OnvifHttp http, URI deviceService, Clock clock, OnvifCredentials credentials,
                        WsSecurity wsSecurity, Learned learned) {
        this.http = http;
        this.deviceService = deviceService;
        this.clock = clock;
        this.credentials = credentials;
        this.wsSecurity = wsSecurity;
        this.learned = learned;
    }

    /** The same device with credentials sent as a PasswordDigest UsernameToken (and for HTTP challenges). */
    public OnvifClient withCredentials(OnvifCredentials c) {
        return withCredentials(c, WsSecurity.PASSWORD_DIGEST);
    }

    public OnvifClient withCredentials(OnvifCredentials c, WsSecurity mode) {
        return new OnvifClient(http, deviceService, clock, c, c == null ? WsSecurity.NONE : mode, learned);
    }

    /** This client, told to try {@code form} first (as if the device had answered it before). */
    OnvifClient preferring(EnvelopeForm form) {
        learned.form = form;
        return this;
    }

    /** The same device without credentials. */
    public OnvifClient anonymous() {
        return new OnvifClient(http, deviceService, clock, null, WsSecurity.NONE, learned);
    }

    public URI deviceService() {
        return deviceService;
    }

    /** Device time minus our time, once GetSystemDateAndTime answered with a UTC time; else null. */
    public Duration clockSkew() {
        return learned.skew;
    }

    /** The request form the device last understood (SOAP12 until it showed otherwise). */
    public EnvelopeForm envelopeForm() {
        return learned.form;
    }

    /** Our clock as the device sees it: what a UsernameToken's Created must say. */
    Instant deviceNow() {
        Duration skew = learned.skew;
        return skew == null ? clock.instant() : clock.instant().plus(skew);
    }

    // ---- Device service -------------------------------------------------------------------------------------

    /**
     * GetSystemDateAndTime, always without a UsernameToken (ONVIF requires devices to answer it so), and measures
     * the clock skew later UsernameTokens are corrected by.
     */
    public OnvifResponse<SystemDateAndTime> getSystemDateAndTime() {
        Instant sent = clock.instant();
        OnvifResponse<SystemDateAndTime> r = call(deviceService,
                SoapRequest.element(OnvifNamespaces.DEVICE, "GetSystemDateAndTime"), false, SystemDateAndTime::from);
        if (r.answered() && r.value().utc() != null) {
            Instant received = clock.instant();
            Instant ourMidpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
            // The device reports whole seconds: its real time is, on average, half a second later.
            learned.skew = Duration.between(ourMidpoint, r.value().utc().plusMillis(500));
        }
        return r;
    }

    public OnvifResponse<DeviceInformation> getDeviceInformation() {
        return call(deviceService, SoapRequest.element(OnvifNamespaces.DEVICE, "GetDeviceInformation"), true,
                DeviceInformation::from);
    }

    public OnvifResponse<OnvifCapabilities> getCapabilities() {
        return call(deviceService, SoapRequest.element(OnvifNamespaces.DEVICE, "GetCapabilities",
                SoapRequest.leaf(OnvifNamespaces.DEVICE, "Category", "All")), true, OnvifCapabilities::from);
    }

    public OnvifResponse<List<OnvifService>> getServices() {
        return call(deviceService, SoapRequest.element(OnvifNamespaces.DEVICE, "GetServices",
                SoapRequest.leaf(OnvifNamespaces.DEVICE, "IncludeCapability", "false")), true, OnvifService::listFrom);
    }

    public OnvifResponse<List<OnvifScope>> getScopes() {
        return call(deviceService, SoapRequest.element(OnvifNamespaces.DEVICE, "GetScopes"), true,
                OnvifClient::scopes);
    }

    /** GetUsers; a device that answers it to anyone gives away its account names (and sometimes passwords). */
    public OnvifResponse<List<OnvifUser>> getUsers() {
        return call(deviceService, SoapRequest.element(OnvifNamespaces.DEVICE, "GetUsers"), true,
                OnvifUser::listFrom);
    }

    /**
     * GetIPAddressFilter: the allow or deny list the device applies to who may reach it (CFG-04). A read; ONVIF
     * puts it behind authentication, so it needs the owner's credentials.
     */
    public OnvifResponse<OnvifIpFilter> getIpAddressFilter() {
        return call(deviceService, SoapRequest.element(OnvifNamespaces.DEVICE, "GetIPAddressFilter"), true,
                OnvifIpFilter::from);
    }

    // ---- Media service --------------------------------------------------------------------------------------

    /** GetProfiles on the media service (an address from {@link #rebase}d capabilities or services). */
    public OnvifResponse<List<MediaProfile>> getProfiles(URI mediaService) {
        return call(mediaService, SoapRequest.element(OnvifNamespaces.MEDIA, "GetProfiles"), true,
                MediaProfile::listFrom);
    }

    /** GetStreamUri for RTSP unicast. */
    public OnvifResponse<StreamUri> getStreamUri(URI mediaService, String profileToken) {
        SoapRequest op = SoapRequest.element(OnvifNamespaces.MEDIA, "GetStreamUri",
                SoapRequest.element(OnvifNamespaces.MEDIA, "StreamSetup",
                        SoapRequest.leaf(OnvifNamespaces.SCHEMA, "Stream", "RTP-Unicast"),
                        SoapRequest.element(OnvifNamespaces.SCHEMA, "Transport",
                                SoapRequest.leaf(OnvifNamespaces.SCHEMA, "Protocol", "RTSP"))),
                SoapRequest.leaf(OnvifNamespaces.MEDIA, "ProfileToken", profileToken));
        return call(mediaService, op, true, response -> StreamUri.from(profileToken, response));
    }

    /**
     * The address to call for a service the device advertised. An advertised host other than the one we reached
     * the device on is replaced by ours (keeping the path): behind NAT devices advertise private addresses, and
     * we never let a device point the scanner at another host.
     */
    public URI rebase(URI advertised) {
        if (advertised == null) {
            return deviceService;
        }
        if (advertised.getHost() != null && advertised.getHost().equalsIgnoreCase(deviceService.getHost())
                && advertised.getScheme().equalsIgnoreCase(deviceService.getScheme())) {
            return advertised;
        }
        try {
            return new URI(deviceService.getScheme(), deviceService.getRawAuthority(), advertised.getRawPath(),
                    advertised.getRawQuery(), null);
        } catch (URISyntaxException e) {
            return deviceService;
        }
    }

    // ---- One call -------------------------------------------------------------------------------------------

    private static List<OnvifScope> scopes(Element response) {
        List<String> items = new ArrayList<>();
        for (Element s : XmlElements.children(response, "Scopes", 128)) {
            String item = XmlElements.text(s, "ScopeItem");
            if (item != null) {
                items.add(item);
            }
        }
        return List.copyOf(OnvifScope.parseAll(items));
    }

    /** Tries the request forms, learned one first, until one gets a SOAP answer (an answer or a fault). */
    private <T> OnvifResponse<T> call(URI endpoint, SoapRequest op, boolean authenticate, Parser<T> parser) {
        EnvelopeForm preferred = learned.form;
        List<EnvelopeForm> order = new ArrayList<>(List.of(EnvelopeForm.values()));
        order.remove(preferred);
        order.addFirst(preferred);
        OnvifResponse<T> first = null;
        for (EnvelopeForm form : order) {
            OnvifResponse<T> r = exchange(endpoint, op, form, authenticate, parser);
            if (!notUnderstood(r)) {
                learned.form = form;
                return r;
            }
            if (first == null) {
                first = r;
            }
        }
        return first.withDetail(first.detail() + "; no other request form (" + order.subList(1, order.size())
                + ") got a SOAP answer either");
    }

    private static boolean notUnderstood(OnvifResponse<?> r) {
        return switch (r.outcome()) {
            case NOT_SOAP -> true;
            case HTTP_ERROR -> NOT_UNDERSTOOD.contains(r.exchange().httpStatus());
            case FAULT -> r.fault().isVersionMismatch();
            default -> false;
        };
    }

    private <T> OnvifResponse<T> exchange(URI endpoint, SoapRequest op, EnvelopeForm form, boolean authenticate,
                                          Parser<T> parser) {
        boolean sign = authenticate && credentials != null && wsSecurity != WsSecurity.NONE;
        String security = null;
        if (sign) {
            byte[] nonce = new byte[16];
            NONCES.nextBytes(nonce);
            security = UsernameToken.header(form.envelopePrefix(), credentials, wsSecurity, deviceNow(), nonce);
        }
        WsSecurity sent = sign ? wsSecurity : WsSecurity.NONE;
        OnvifHttp.Reply reply;
        try {
            reply = http.post(endpoint, form.write(op, security), form.contentType(op.action()),
                    form.soapActionHeader(op.action()), credentials);
        } catch (IOException | RuntimeException e) {
            return new OnvifResponse<>(Outcome.UNREACHABLE, null, null, unreachable(endpoint, e),
                    new Exchange(endpoint, op.name(), form, sent, null, 0, null));
        }
        Exchange exchange = new Exchange(endpoint, op.name(), form, sent, reply.httpAuthScheme(), reply.status(),
                reply.wwwAuthenticate());
        return interpret(reply, exchange, op.name() + "Response", parser);
    }

    private <T> OnvifResponse<T> interpret(OnvifHttp.Reply reply, Exchange exchange, String expected,
                                           Parser<T> parser) {
        int status = reply.status();
        boolean success = status >= 200 && status < 300;
        if (reply.tooLarge()) {
            return failed(success ? Outcome.NOT_SOAP : Outcome.HTTP_ERROR,
                    "the answer is larger than " + http.maxResponseBytes() + " bytes and was not read", exchange);
        }
        if (reply.body().length == 0) {
            return failed(success ? Outcome.NOT_SOAP : Outcome.HTTP_ERROR, success
                    ? "HTTP " + status + " with an empty body: the device did not understand this request form"
                    : httpError(status, exchange), exchange);
        }
        SoapMessage message;
        try {
            message = SoapMessage.read(reply.body(), reply.body().length, http.maxResponseBytes());
        } catch (SafeXml.Rejected e) {
            return failed(success ? Outcome.NOT_SOAP : Outcome.HTTP_ERROR,
                    success ? e.getMessage() : httpError(status, exchange) + "; body: " + e.getMessage(), exchange);
        }
        if (message.fault() != null) {
            return new OnvifResponse<>(Outcome.FAULT, null, message.fault(), "SOAP fault " + message.fault(),
                    exchange);
        }
        if (!success) {
            return failed(Outcome.HTTP_ERROR, httpError(status, exchange), exchange);
        }
        String got = message.payload().getLocalName();
        if (!expected.equals(got)) {
            return failed(Outcome.INVALID_ANSWER, "answered <" + got + "> instead of <" + expected + ">", exchange);
        }
        try {
            return new OnvifResponse<>(Outcome.ANSWERED, parser.parse(message.payload()), null, null, exchange);
        } catch (InvalidAnswer e) {
            return failed(Outcome.INVALID_ANSWER, e.getMessage(), exchange);
        } catch (RuntimeException e) {
            return failed(Outcome.INVALID_ANSWER, "unreadable " + expected + ": " + e, exchange);
        }
    }

    private static <T> OnvifResponse<T> failed(Outcome outcome, String detail, Exchange exchange) {
        return new OnvifResponse<>(outcome, null, null, detail, exchange);
    }

    private String httpError(int status, Exchange exchange) {
        if (status == 401) {
            return credentials == null
                    ? "HTTP 401: the device wants HTTP authentication (" + exchange.wwwAuthenticate() + ")"
                    : "HTTP 401: the device refused the credentials at the HTTP level (" + exchange.wwwAuthenticate() + ")";
        }
        return "HTTP " + status;
    }

    private static String unreachable(URI endpoint, Exception e) {
        String why = switch (e) {
            case ConnectException c -> "connection refused or unreachable";
            case SocketTimeoutException t -> "timed out";
            default -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
        return "no HTTP answer from " + endpoint + ": " + why;
    }
}
