package io.camwarden.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camwarden.probe.Endpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An ONVIF device service for AUTH-08 and CFG-04, written here because neither lab ONVIF device has the
 * operations: the CXF device answers only GetSystemDateAndTime and GetDeviceInformation, the npm mockup has no
 * GetIPAddressFilter and no authentication. It checks WS-UsernameToken PasswordDigest as ONVIF devices do
 * (Base64(SHA-1(nonce + Created + password)), Created within 5 minutes of its clock, a nonce used once), answers
 * GetSystemDateAndTime to anyone, and GetUsers, GetIPAddressFilter and GetDeviceInformation only to its
 * account, in the SOAP 1.2 form of the ONVIF Device WSDL (tds:User of type tt:User, tt:IPAddressFilter);
 * everything else is a SOAP fault, ter:NotAuthorized or ter:ActionNotSupported, as the ONVIF Core
 * specification's error codes say. It records each operation and whether it carried a valid token, so tests
 * count what the device received.
 */
public final class OnvifSettingsDevice implements AutoCloseable {

    /** One account as GetUsers lists it. */
    public record Account(String username, String level) {
    }

    /** The IP filter GetIPAddressFilter returns; null for a device without one (ActionNotSupported). */
    public record IpFilter(String type, List<String> addresses) {
    }

    /** One request: the operation and the user of its valid token (null when it had none, or a bad one). */
    public record Request(String operation, String authenticatedUser) {
    }

    public static final String USER = "admin";
    public static final String PASSWORD = "Owner-2026!";

    private static final String ENV = "http://www.w3.org/2003/05/soap-envelope";
    private static final String NAMESPACES = " xmlns:env=\"" + ENV + "\""
            + " xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" xmlns:tt=\"http://www.onvif.org/ver10/schema\""
            + " xmlns:ter=\"http://www.onvif.org/ver10/error\"";
    private static final Set<String> OPEN = Set.of("GetSystemDateAndTime");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().factory());
    private final List<Account> accounts;
    private final IpFilter filter;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();

    public OnvifSettingsDevice(String address, List<Account> accounts, IpFilter filter) throws IOException {
        this.accounts = List.copyOf(accounts);
        this.filter = filter;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 16);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public Endpoint endpoint() {
        return new Endpoint(server.getAddress().getAddress().getHostAddress(), server.getAddress().getPort());
    }

    public URI deviceService() {
        return URI.create("http://" + endpoint().authority() + "/onvif/device_service");
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/onvif/device_service")) {
                send(exchange, 404, "text/html", "<html><title>Not Found</title></html>");
                return;
            }
            byte[] body = exchange.getRequestBody().readNBytes(64 * 1024);
            Document doc;
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            } catch (Exception e) {
                send(exchange, 400, "application/soap+xml", envelope(fault("env:Sender", "ter:WellFormed", "Not well formed")));
                return;
            }
            Element bodyElement = first(doc.getDocumentElement(), ENV, "Body");
            Element op = bodyElement == null ? null : firstElement(bodyElement);
            if (op == null) {
                send(exchange, 400, "application/soap+xml", envelope(fault("env:Sender", "ter:InvalidArgs", "No operation")));
                return;
            }
            String name = op.getLocalName();
            String user = authenticated(doc);
            requests.add(new Request(name, user));
            if (!OPEN.contains(name) && user == null) {
                send(exchange, 400, "application/soap+xml", envelope(fault("env:Sender", "ter:NotAuthorized",
                        "Sender not Authorized")));
                return;
            }
            String answer = switch (name) {
                case "GetSystemDateAndTime" -> dateTime();
                case "GetDeviceInformation" -> "<tds:GetDeviceInformationResponse><tds:Manufacturer>Example Cameras"
                        + "</tds:Manufacturer><tds:Model>EX-IPC-2</tds:Model><tds:FirmwareVersion>2.1.0</tds:FirmwareVersion>"
                        + "<tds:SerialNumber>EX0002</tds:SerialNumber><tds:HardwareId>EX2</tds:HardwareId>"
                        + "</tds:GetDeviceInformationResponse>";
                case "GetUsers" -> users();
                case "GetIPAddressFilter" -> filter == null ? null : ipFilter();
                default -> null;
            };
            if (answer == null) {
                send(exchange, 500, "application/soap+xml", envelope(fault("env:Receiver", "ter:ActionNotSupported",
                        "Optional Action Not Implemented")));
                return;
            }
            send(exchange, 200, "application/soap+xml", envelope(answer));
        }
    }

    private String users() {
        StringBuilder b = new StringBuilder("<tds:GetUsersResponse>");
        for (Account a : accounts) {
            b.append("<tds:User><tt:Username>").append(a.username()).append("</tt:Username><tt:UserLevel>")
                    .append(a.level()).append("</tt:UserLevel></tds:User>");
        }
        return b.append("</tds:GetUsersResponse>").toString();
    }

    private String ipFilter() {
        StringBuilder b = new StringBuilder("<tds:GetIPAddressFilterResponse><tds:IPAddressFilter><tt:Type>")
                .append(filter.type()).append("</tt:Type>");
        for (String a : filter.addresses()) {
            String[] parts = a.split("/");
            String family = parts[0].contains(":") ? "IPv6Address" : "IPv4Address";
            b.append("<tt:").append(family).append("><tt:Address>").append(parts[0]).append("</tt:Address><tt:PrefixLength>")
                    .append(parts[1]).append("</tt:PrefixLength></tt:").append(family).append('>');
        }
        return b.append("</tds:IPAddressFilter></tds:GetIPAddressFilterResponse>").toString();
    }

    private static String dateTime() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        return "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType>"
                + "<tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>UTC0</tt:TZ></tt:TimeZone>"
                + "<tt:UTCDateTime><tt:Time><tt:Hour>" + now.getHour() + "</tt:Hour><tt:Minute>" + now.getMinute()
                + "</tt:Minute><tt:Second>" + now.getSecond() + "</tt:Second></tt:Time><tt:Date><tt:Year>" + now.getYear()
                + "</tt:Year><tt:Month>" + now.getMonthValue() + "</tt:Month><tt:Day>" + now.getDayOfMonth()
                + "</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>";
    }

    /** The user of a valid PasswordDigest UsernameToken in the request, or null. */
    private String authenticated(Document doc) {
        String wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
        String wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        var tokens = doc.getElementsByTagNameNS(wsse, "UsernameToken");
        if (tokens.getLength() != 1) {
            return null;
        }
        Element token = (Element) tokens.item(0);
        String user = text(token, wsse, "Username");
        String password = text(token, wsse, "Password");
        String nonce = text(token, wsse, "Nonce");
        String created = text(token, wsu, "Created");
        if (user == null || password == null || nonce == null || created == null || !user.equals(USER)) {
            return null;
        }
        try {
            if (Duration.between(Instant.parse(created), Instant.now()).abs().compareTo(Duration.ofMinutes(5)) > 0
                    || !nonces.add(nonce)) {
                return null;
            }
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(Base64.getDecoder().decode(nonce));
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(PASSWORD.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest()).equals(password) ? user : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String fault(String code, String subcode, String reason) {
        return "<env:Fault><env:Code><env:Value>" + code + "</env:Value><env:Subcode><env:Value>" + subcode
                + "</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang=\"en\">" + reason
                + "</env:Text></env:Reason></env:Fault>";
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope" + NAMESPACES + "><env:Body>" + body
                + "</env:Body></env:Envelope>";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, b.length);
        exchange.getResponseBody().write(b);
    }

    private static Element first(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element token, String ns, String local) {
        var list = token.getElementsByTagNameNS(ns, local);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
