package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * One account from GetUsers. Some devices send each user's password too; we never keep it, only the fact.
 *
 * @param passwordDisclosed true when the device sent a non-empty Password for this user
 */
public record OnvifUser(String username, String userLevel, boolean passwordDisclosed) {

    static final int MAX_USERS = 64;

    static List<OnvifUser> listFrom(Element response) {
        List<OnvifUser> out = new ArrayList<>();
        for (Element u : XmlElements.children(response, "User", MAX_USERS)) {
            String name = XmlElements.text(u, "Username");
            if (name != null) {
                out.add(new OnvifUser(name, XmlElements.text(u, "UserLevel"), XmlElements.text(u, "Password") != null));
            }
        }
        return List.copyOf(out);
    }
}
