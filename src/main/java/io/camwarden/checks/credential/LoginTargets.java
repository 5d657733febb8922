package io.camwarden.checks.credential;

import io.camwarden.domain.scan.ServiceProtocol;
import io.camwarden.probe.AuthOutcome;
import io.camwarden.probe.Credentials;
import io.camwarden.probe.Endpoint;
import io.camwarden.probe.ProbeLimits;
import io.camwarden.probe.http.HttpAuthResult;
import io.camwarden.probe.http.HttpAuthentication;
import io.camwarden.probe.http.HttpProbeClient;
import io.camwarden.probe.onvif.DeviceInformation;
import io.camwarden.probe.onvif.OnvifClient;
import io.camwarden.probe.onvif.OnvifCredentials;
import io.camwarden.probe.onvif.OnvifHttp;
import io.camwarden.probe.onvif.OnvifResponse;
import io.camwarden.probe.rtsp.RtspClient;
import io.camwarden.probe.rtsp.RtspDescribeResult;
import io.camwarden.probe.telnet.TelnetClientProbe;
import io.camwarden.probe.telnet.TelnetLoginResult;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The login targets CamWarden knows: RTSP DESCRIBE of a stream path, HTTP GET of a page that asks for
 * credentials, ONVIF GetDeviceInformation with a WS-UsernameToken, and a telnet login prompt. Each is a
 * read: a DESCRIBE, a GET, an information request, a login that is closed at once.
 */
public final class LoginTargets {

    private LoginTargets() {
    }

    public static LoginTarget rtsp(Endpoint endpoint, String path, ProbeLimits limits) {
        return new LoginTarget() {
            public ServiceProtocol protocol() {
                return ServiceProtocol.RTSP;
            }

            public int port() {
                return endpoint.port();
            }

            public CredentialAttempt attempt(Credentials c) {
                try {
                    RtspDescribeResult r = new RtspClient(endpoint, limits).describe(path, c);
                    return new CredentialAttempt(ServiceProtocol.RTSP, endpoint.port(), c.user(), r.outcome(),
                            r.finalStatus(), r.lockoutSigns(), "DESCRIBE " + path);
                } catch (IOException e) {
                    return undetermined(ServiceProtocol.RTSP, endpoint.port(), c, e);
                }
            }
        };
    }

    public static LoginTarget http(URI page, HttpProbeClient client) {
        return new LoginTarget() {
            public ServiceProtocol protocol() {
                return page.getScheme().equals("https") ? ServiceProtocol.HTTPS : ServiceProtocol.HTTP;
            }

            public int port() {
                return page.getPort() > 0 ? page.getPort() : page.getScheme().equals("https") ? 443 : 80;
            }

            public CredentialAttempt attempt(Credentials c) {
                try {
                    HttpAuthResult r = new HttpAuthentication(client).attempt(page, c);
                    return new CredentialAttempt(protocol(), port(), c.user(), r.outcome(), r.finalStatus(),
                            r.lockoutSigns(), "GET " + page.getPath());
                } catch (IOException e) {
                    return undetermined(protocol(), port(), c, e);
                }
            }
        };
    }

    public static LoginTarget onvif(URI deviceService, OnvifHttp http, Clock clock) {
        return new LoginTarget() {
            public ServiceProtocol protocol() {
                return ServiceProtocol.ONVIF;
            }

            public int port() {
                return deviceService.getPort() > 0 ? deviceService.getPort() : 80;
            }

            public CredentialAttempt attempt(Credentials c) {
                OnvifClient client = new OnvifClient(http, deviceService, clock);
                client.getSystemDateAndTime(); // the device's clock, so the token's timestamp is accepted
                OnvifResponse<DeviceInformation> r = client.withCredentials(new OnvifCredentials(c.user(), c.password()))
                        .getDeviceInformation();
                AuthOutcome outcome = switch (r.outcome()) {
                    case ANSWERED -> AuthOutcome.ACCEPTED;
                    case FAULT, HTTP_ERROR -> r.authenticationRefused() ? AuthOutcome.REJECTED : AuthOutcome.UNDETERMINED;
                    default -> AuthOutcome.UNDETERMINED;
                };
                int status = r.exchange() == null ? 0 : r.exchange().httpStatus();
                return new CredentialAttempt(ServiceProtocol.ONVIF, port(), c.user(), outcome, status, List.of(),
                        "GetDeviceInformation " + r.outcome());
            }
        };
    }

    public static LoginTarget telnet(Endpoint endpoint, ProbeLimits limits) {
        return new LoginTarget() {
            public ServiceProtocol protocol() {
                return ServiceProtocol.TELNET;
            }

            public int port() {
                return endpoint.port();
            }

            public CredentialAttempt attempt(Credentials c) {
                try {
                    TelnetLoginResult r = new TelnetClientProbe(endpoint, limits).login(c);
                    return new CredentialAttempt(ServiceProtocol.TELNET, endpoint.port(), c.user(), r.outcome(), 0,
                            r.lockoutSigns(), "login prompt");
                } catch (IOException e) {
                    return undetermined(ServiceProtocol.TELNET, endpoint.port(), c, e);
                }
            }
        };
    }

    private static CredentialAttempt undetermined(ServiceProtocol p, int port, Credentials c, IOException e) {
        return new CredentialAttempt(p, port, c.user(), AuthOutcome.UNDETERMINED, 0, List.of(),
                "no answer: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
}
