package io.camwarden.domain.scan;

/**
 * Names of observation kinds. Where recog has a database for a kind, the comment names it: the
 * fingerprint stage matches those observations against that file.
 */
public final class ObservationKinds {

    /** HTTP Server header (recog http_servers.xml). */
    public static final String HTTP_SERVER = "http.server";
    /** HTTP WWW-Authenticate header (recog http_wwwauth.xml). */
    public static final String HTTP_WWW_AUTHENTICATE = "http.www-authenticate";
    /** Realm from WWW-Authenticate. */
    public static final String HTTP_REALM = "http.realm";
    /** HTML title of the landing page (recog html_title.xml). */
    public static final String HTML_TITLE = "http.title";
    /** HTTP status code of the landing page. */
    public static final String HTTP_STATUS = "http.status";
    /**
     * Where same-host redirects from "/" led (http to https, a login page), when they led anywhere: the page the
     * status, realm and title were read from.
     */
    public static final String HTTP_LANDING_URL = "http.landing-url";
    /** MD5 of /favicon.ico, hex (recog favicons.xml). */
    public static final String FAVICON_MD5 = "http.favicon.md5";
    /** Shodan-style mmh3 hash of the base64 favicon, signed decimal. */
    public static final String FAVICON_MMH3 = "http.favicon.mmh3";
    /** TLS certificate subject DN (recog x509_subjects.xml). */
    public static final String TLS_SUBJECT = "tls.subject";
    public static final String TLS_ISSUER = "tls.issuer";
    public static final String TLS_NOT_BEFORE = "tls.not-before";
    public static final String TLS_NOT_AFTER = "tls.not-after";
    public static final String TLS_KEY = "tls.key";
    public static final String TLS_SELF_SIGNED = "tls.self-signed";
    /** RTSP Server header (recog rtsp_servers.xml). */
    public static final String RTSP_SERVER = "rtsp.server";
    public static final String RTSP_PUBLIC = "rtsp.public";
    public static final String RTSP_AUTH = "rtsp.www-authenticate";
    /** The stream path a DESCRIBE found (it answered 200 or asked for credentials, not 404). */
    public static final String RTSP_PATH = "rtsp.path";
    /**
     * The URL of a stream that answered DESCRIBE with a media description: what a player (ffprobe, VLC) plays,
     * with the credentials of {@link #RTSP_AUTH_USER} when that is present. Never carries the password.
     */
    public static final String RTSP_URL = "rtsp.url";
    /** The media of that description, e.g. "video H264/90000". */
    public static final String RTSP_MEDIA = "rtsp.media";
    /** The transport profile of that description's media, e.g. "RTP/AVP" (clear) or "RTP/SAVP" (SRTP). */
    public static final String RTSP_PROFILE = "rtsp.media-profile";
    /** The user name (operator-supplied) and scheme with which that DESCRIBE was accepted, e.g. "admin (Digest)". */
    public static final String RTSP_AUTH_USER = "rtsp.auth-user";
    /** Realm from the RTSP WWW-Authenticate header (vendors often put their name there). */
    public static final String RTSP_REALM = "rtsp.realm";
    /** SDP session name (s= line) of a DESCRIBE answer. */
    public static final String RTSP_SESSION_NAME = "rtsp.session-name";
    /** Telnet banner after option negotiation (recog telnet_banners.xml). */
    public static final String TELNET_BANNER = "telnet.banner";
    /** FTP greeting (recog ftp_banners.xml). */
    public static final String FTP_BANNER = "ftp.banner";
    /** ONVIF GetDeviceInformation fields. */
    public static final String ONVIF_MANUFACTURER = "onvif.manufacturer";
    public static final String ONVIF_MODEL = "onvif.model";
    public static final String ONVIF_FIRMWARE = "onvif.firmware";
    public static final String ONVIF_SERIAL = "onvif.serial";
    public static final String ONVIF_HARDWARE = "onvif.hardware";
    /** ONVIF scopes (onvif://www.onvif.org/name/..., /hardware/..., /location/...). */
    public static final String ONVIF_SCOPE = "onvif.scope";
    /** Decoded values of the name, hardware (usually the model) and location scopes. */
    public static final String ONVIF_SCOPE_NAME = "onvif.scope.name";
    public static final String ONVIF_SCOPE_HARDWARE = "onvif.scope.hardware";
    public static final String ONVIF_SCOPE_LOCATION = "onvif.scope.location";
    /** WS-Discovery Types, space-separated as announced ("dn:NetworkVideoTransmitter tds:Device"). */
    public static final String ONVIF_TYPES = "onvif.types";
    public static final String ONVIF_XADDR = "onvif.xaddr";
    /** A vendor control protocol recognised from its handshake, value is the vendor. */
    public static final String VENDOR_CONTROL = "vendor-control";

    private ObservationKinds() {
    }
}
