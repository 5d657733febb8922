package io.camwarden.probe.rtsp;

import java.util.List;
import java.util.Optional;

/**
 * A session description (RFC 8866) as far as CamWarden needs it: the session name and the media
 * sections with their codecs. {@code problems} lists lines that were malformed or beyond the limits.
 */
public record Sdp(String version, String origin, String sessionName, List<String> attributes, List<Media> media,
        List<String> problems) {

    public Sdp {
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
        problems = List.copyOf(problems);
    }

    /**
     * One m= section.
     *
     * @param type       video, audio, application, ...
     * @param port       the port in the m= line (0 for RTSP-negotiated streams)
     * @param protocol   RTP/AVP, RTP/AVP/TCP, ...
     * @param formats    payload types or format names from the m= line
     * @param codecs     encodings from a=rtpmap, e.g. "H264/90000"; static payload types get their RFC 3551 names
     * @param control    a=control value, if any
     * @param attributes every a= line of the section, without the "a="
     */
    public record Media(String type, int port, String protocol, List<String> formats, List<String> codecs,
            String control, List<String> attributes) {

        public Media {
            formats = List.copyOf(formats);
            codecs = List.copyOf(codecs);
            attributes = List.copyOf(attributes);
        }
    }

    /** Whether the description offers at least one real media section (an m= line CamWarden could read). */
    public boolean hasMedia() {
        return !media.isEmpty();
    }

    public Optional<Media> firstMedia(String type) {
        return media.stream().filter(m -> m.type.equalsIgnoreCase(type)).findFirst();
    }
}
