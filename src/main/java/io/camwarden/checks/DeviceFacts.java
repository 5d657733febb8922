package io.camwarden.checks;

import io.camwarden.domain.Device;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Organization;
import io.camwarden.domain.check.WarnedVendor;
import java.time.LocalDate;
import java.util.List;

/**
 * What the registry knows about one device, gathered once for all of its checks: the device, its
 * information system (null if none), owner and operator organisations with their contacts, the ISP above a
 * SUBSCRIBER owner (null if none), the active warned-vendor entries, and the date the checks compare with.
 */
public record DeviceFacts(Device device, InformationSystem system, Organization owner, Organization operator,
                          Organization ownerIsp, List<WarnedVendor> warnedVendors, LocalDate today) {

    public DeviceFacts {
        warnedVendors = warnedVendors == null ? List.of() : List.copyOf(warnedVendors);
    }

    /** The security level of the device's information system; null when it has none or the level is unset. */
    public Integer securityLevel() {
        return system == null ? null : system.securityLevel();
    }

    /** How evidence names the device record. */
    public String deviceSource() {
        return "device " + device.id();
    }

    public String systemSource() {
        return "information system " + system.id() + " '" + system.name() + "'";
    }

    public static String organizationSource(Organization o) {
        return "organization " + o.id() + " '" + o.name() + "'";
    }
}
