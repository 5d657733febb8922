package io.camwarden.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The field-by-field difference between two versions of a device, as history records it. Lists are
 * compared as sets (the order of addresses, ports and tags carries no meaning).
 */
public final class DeviceChanges {

    /** One changed field, with old and new values in their text form (null when absent). */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    private static final Map<String, Function<Device, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("kind", Device::kind);
        FIELDS.put("vendor", Device::vendor);
        FIELDS.put("model", Device::model);
        FIELDS.put("firmware", Device::firmware);
        FIELDS.put("hardwareVersion", Device::hardwareVersion);
        FIELDS.put("serial", Device::serial);
        FIELDS.put("mac", Device::mac);
        FIELDS.put("addresses", d -> asSet(d.addresses()));
        FIELDS.put("ports", d -> asSet(d.ports()));
        FIELDS.put("ownerOrganizationId", Device::ownerOrganizationId);
        FIELDS.put("operatorOrganizationId", Device::operatorOrganizationId);
        FIELDS.put("siteId", Device::siteId);
        FIELDS.put("informationSystemId", Device::informationSystemId);
        FIELDS.put("installedOn", Device::installedOn);
        FIELDS.put("endOfSupport", Device::endOfSupport);
        FIELDS.put("certificateOrigin", Device::certificateOrigin);
        FIELDS.put("certificateQuality", Device::certificateQuality);
        FIELDS.put("qcvn135", Device::qcvn135);
        FIELDS.put("tags", d -> asSet(d.tags()));
        FIELDS.put("notes", Device::notes);
    }

    private DeviceChanges() {
    }

    public static List<FieldChange> between(Device before, Device after) {
        List<FieldChange> changes = new ArrayList<>();
        for (var e : FIELDS.entrySet()) {
            String a = text(e.getValue().apply(before));
            String b = text(e.getValue().apply(after));
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(e.getKey(), a, b));
            }
        }
        return changes;
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof TreeSet<?> s) {
            return s.isEmpty() ? null : String.join(", ", s.stream().map(String::valueOf).toList());
        }
        return v.toString();
    }

    private static TreeSet<String> asSet(List<?> list) {
        TreeSet<String> s = new TreeSet<>();
        if (list != null) {
            list.forEach(x -> s.add(String.valueOf(x)));
        }
        return s;
    }
}
