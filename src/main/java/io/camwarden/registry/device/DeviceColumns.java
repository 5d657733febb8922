package io.camwarden.registry.device;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the device import/export format (CSV header, or keys of JSON objects). The first
 * fifteen are the documented format; the rest are optional extras. Other columns are ignored and reported.
 */
public final class DeviceColumns {

    public static final String SERIAL = "serial";
    public static final String MAC = "mac";
    public static final String IP = "ip";
    public static final String KIND = "kind";
    public static final String VENDOR = "vendor";
    public static final String MODEL = "model";
    public static final String FIRMWARE = "firmware";
    public static final String OWNER = "owner";
    public static final String SITE = "site";
    public static final String INFORMATION_SYSTEM = "information_system";
    public static final String INSTALLED_ON = "installed_on";
    public static final String END_OF_SUPPORT = "end_of_support";
    public static final String CERTIFICATE_ORIGIN = "certificate_origin";
    public static final String CERTIFICATE_QUALITY = "certificate_quality";
    public static final String QCVN135 = "qcvn135";
    public static final String HARDWARE_VERSION = "hardware_version";
    public static final String OPERATOR = "operator";
    public static final String PORTS = "ports";
    public static final String TAGS = "tags";
    public static final String NOTES = "notes";

    /** In export order. */
    public static final List<String> ALL = List.of(SERIAL, MAC, IP, KIND, VENDOR, MODEL, FIRMWARE, OWNER, SITE,
            INFORMATION_SYSTEM, INSTALLED_ON, END_OF_SUPPORT, CERTIFICATE_ORIGIN, CERTIFICATE_QUALITY, QCVN135,
            HARDWARE_VERSION, OPERATOR, PORTS, TAGS, NOTES);

    public static final Set<String> KNOWN = Set.copyOf(ALL);

    /** Multi-valued columns hold values separated by ';' (or '|' or white space for ip and ports). */
    public static final Set<String> LISTS = Set.of(IP, PORTS, TAGS);

    /** How a device field is called in this format, for error messages. */
    static final Map<String, String> BY_FIELD = Map.ofEntries(Map.entry("kind", KIND), Map.entry("vendor", VENDOR),
            Map.entry("model", MODEL), Map.entry("firmware", FIRMWARE), Map.entry("hardwareVersion", HARDWARE_VERSION),
            Map.entry("serial", SERIAL), Map.entry("mac", MAC), Map.entry("addresses", IP), Map.entry("ports", PORTS),
            Map.entry("ownerOrganizationId", OWNER), Map.entry("operatorOrganizationId", OPERATOR),
            Map.entry("siteId", SITE), Map.entry("informationSystemId", INFORMATION_SYSTEM),
            Map.entry("installedOn", INSTALLED_ON), Map.entry("endOfSupport", END_OF_SUPPORT),
            Map.entry("certificateOrigin", CERTIFICATE_ORIGIN), Map.entry("certificateQuality", CERTIFICATE_QUALITY),
            Map.entry("qcvn135", QCVN135), Map.entry("tags", TAGS), Map.entry("notes", NOTES));

    private DeviceColumns() {
    }
}
