package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * One media profile from GetProfiles: the token GetStreamUri needs, and what its video encoder produces.
 * Encoder fields are null or 0 when the profile has no video encoder.
 */
public record MediaProfile(String token, String name, String videoEncoding, int width, int height) {

    static final int MAX_PROFILES = 32;

    static List<MediaProfile> listFrom(Element response) {
        List<MediaProfile> out = new ArrayList<>();
        for (Element p : XmlElements.children(response, "Profiles", MAX_PROFILES)) {
            String token = p.getAttribute("token").strip();
            if (token.isEmpty() || token.length() > XmlElements.MAX_TEXT) {
                continue; // a profile without a token cannot be asked for a stream
            }
            Element encoder = XmlElements.path(p, "VideoEncoderConfiguration");
            out.add(new MediaProfile(token, XmlElements.text(p, "Name"),
                    XmlElements.text(encoder, "Encoding"),
                    Math.max(0, XmlElements.integer(encoder, 0, "Resolution", "Width")),
                    Math.max(0, XmlElements.integer(encoder, 0, "Resolution", "Height"))));
        }
        return List.copyOf(out);
    }
}
