package io.camwarden.checks.network;

import io.camwarden.checks.credential.CredentialAuditResult;
import java.time.Duration;
import java.util.List;

/**
 * What the active network tests of one assessment found on one host, gathered once so that several checks
 * can decide from the same conversation (the credential audit serves AUTH-01 and AUTH-02, the stream test
 * AUTH-03 and AUTH-09). Lists are empty when the host had no such service; {@code credentials} is null
 * when the credential audit was not run.
 */
public record LiveEvidence(List<Stream> streams, List<Snapshot> snapshots, List<Onvif> onvif, List<Web> web,
                           List<Ssdp> ssdp, CredentialAuditResult credentials, List<Activation> activation) {

    public LiveEvidence {
        streams = copy(streams);
        snapshots = copy(snapshots);
        onvif = copy(onvif);
        web = copy(web);
        ssdp = copy(ssdp);
        activation = copy(activation);
    }

    /** Without vendor discovery replies. */
    public LiveEvidence(List<Stream> streams, List<Snapshot> snapshots, List<Onvif> onvif, List<Web> web,
                        List<Ssdp> ssdp, CredentialAuditResult credentials) {
        this(streams, snapshots, onvif, web, ssdp, credentials, List.of());
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /**
     * A vendor discovery reply (Hikvision SADP, Dahua DHIP) and what it says of the device's set-up: state
     * ACTIVATED, INACTIVE or UNKNOWN, and the flag as sent (for AUTH-05).
     */
    public record Activation(String protocol, String model, String serial, String firmware, String state,
                             String flag) {
    }

    /**
     * An RTSP port: whether a random path gets 200 (then "open" cannot be told apart from "answers
     * anything"), the first known path that gave video without credentials, or the one that asked for them;
     * whether RTSP ran inside TLS (RTSPS), and the transport profiles of the media descriptions seen
     * ("RTP/AVP" in the clear, "RTP/SAVP" for SRTP), for CRY-04.
     */
    public record Stream(int port, boolean answersAnyPath, String openPath, String openMedia, String protectedPath,
                         List<String> schemesOffered, boolean tls, List<String> profiles) {
        public Stream {
            schemesOffered = schemesOffered == null ? List.of() : List.copyOf(schemesOffered);
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
        }

        /** A plain-RTSP port whose media profiles were not seen. */
        public Stream(int port, boolean answersAnyPath, String openPath, String openMedia, String protectedPath,
                      List<String> schemesOffered) {
            this(port, answersAnyPath, openPath, openMedia, protectedPath, schemesOffered, false, List.of());
        }
    }

    /** A snapshot URL that returned an image without credentials. */
    public record Snapshot(int port, String url, String contentType, int bytes) {
    }

    /**
     * An ONVIF device service and which operations it answered without credentials; the stream URIs it handed
     * out (to see credentials embedded in them); its clock against ours.
     */
    public record Onvif(int port, String deviceService, String deviceInformation, String users, String streamUri,
                        List<String> streamUris, Duration clockSkew, Owner owner) {
        public Onvif {
            streamUris = streamUris == null ? List.of() : List.copyOf(streamUris);
        }

        /** Without the owner's read (no credentials given for the device). */
        public Onvif(int port, String deviceService, String deviceInformation, String users, String streamUri,
                     List<String> streamUris, Duration clockSkew) {
            this(port, deviceService, deviceInformation, users, streamUri, streamUris, clockSkew, null);
        }
    }

    /**
     * What ONVIF showed with the owner's credentials (--credentials) for AUTH-08 and CFG-04: the outcome of each
     * call (ANSWERED, FAULT, ...) with the fault or error when it was not answered, the accounts GetUsers listed
     * (names and levels, never passwords) and the IP address filter.
     */
    public record Owner(String user, String users, String usersDetail, List<Account> accounts, String ipFilter,
                        String ipFilterDetail, String ipFilterType, List<String> ipFilterAddresses) {
        public Owner {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
            ipFilterAddresses = ipFilterAddresses == null ? List.of() : List.copyOf(ipFilterAddresses);
        }
    }

    /** One ONVIF account: its name and UserLevel (Administrator, Operator, User, Anonymous, Extended). */
    public record Account(String username, String level) {
    }

    /**
     * A web interface: whether plain HTTP redirects to HTTPS, and whether it asks for credentials in the clear; over
     * TLS, the old protocol versions it still accepts ("TLSv1.0", ...; null when they were not asked) and the weak
     * cipher suite it chose when offered only weak ones (its IANA name; "" when it refused them; null when not asked).
     */
    public record Web(int port, boolean tls, int status, String redirectsTo, String authScheme,
                      List<String> oldProtocols, String weakCipher) {
        public Web {
            oldProtocols = oldProtocols == null ? null : List.copyOf(oldProtocols);
        }

        public Web(int port, boolean tls, int status, String redirectsTo, String authScheme) {
            this(port, tls, status, redirectsTo, authScheme, null, null);
        }
    }

    /** An SSDP answer to M-SEARCH. */
    public record Ssdp(String server, String location, String st) {
    }

    public static final LiveEvidence NONE = new LiveEvidence(List.of(), List.of(), List.of(), List.of(), List.of(), null);
}
