package io.camwarden.registry.device;

import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceKind;
import io.camwarden.domain.net.IpAddresses;
import io.camwarden.domain.net.MacAddress;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one place that decides what a valid device record is, for the API and for bulk import alike.
 * Field names in errors are given through {@code name}, so import can report its own column names.
 */
final class DeviceRules {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 10_000;
    static final int MAX_ADDRESSES = 16;
    static final int MAX_TAGS = 32;

    private DeviceRules() {
    }

    /** A normalised device (no id, no timestamps), with every problem added to {@code errors}. */
    static Device toDevice(DeviceRequest r, FieldErrors errors, UnaryOperator<String> name) {
        DeviceKind kind = DeviceKind.CAMERA;
        if (!Text.blank(r.kind())) {
            try {
                kind = DeviceKind.valueOf(r.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(name.apply("kind"), "'" + r.kind() + "' is not one of " + List.of(DeviceKind.values()));
            }
        }
        String serial = text(r.serial(), "serial", MAX_TEXT, errors, name);
        String mac = null;
        if (!Text.blank(r.mac())) {
            try {
                mac = MacAddress.normalize(r.mac());
            } catch (IllegalArgumentException e) {
                errors.add(name.apply("mac"), e.getMessage());
            }
        }
        if (serial == null && Text.blank(r.mac())) {
            errors.add(name.apply("serial"), "a device needs a serial or a MAC address to be identified");
        }
        if (r.ownerOrganizationId() == null) {
            errors.add(name.apply("ownerOrganizationId"), "is required: the organization that owns the device");
        }
        List<String> addresses = new ArrayList<>();
        for (String a : r.addresses() == null ? List.<String>of() : r.addresses()) {
            if (Text.blank(a)) {
                continue;
            }
            try {
                String canonical = IpAddresses.canonical(a);
                if (!addresses.contains(canonical)) {
                    addresses.add(canonical);
                }
            } catch (IllegalArgumentException e) {
                errors.add(name.apply("addresses"), e.getMessage());
            }
        }
        if (addresses.size() > MAX_ADDRESSES) {
            errors.add(name.apply("addresses"), "at most " + MAX_ADDRESSES + " addresses per device");
        }
        Set<Integer> ports = new java.util.TreeSet<>();
        for (Integer p : r.ports() == null ? List.<Integer>of() : r.ports()) {
            if (p == null || p < 1 || p > 65535) {
                errors.add(name.apply("ports"), "'" + p + "' is not a port: use 1 to 65535");
            } else {
                ports.add(p);
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String t : r.tags() == null ? List.<String>of() : r.tags()) {
            if (!Text.blank(t)) {
                if (t.strip().length() > 100) {
                    errors.add(name.apply("tags"), "a tag is longer than 100 characters");
                } else {
                    tags.add(t.strip());
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            errors.add(name.apply("tags"), "at most " + MAX_TAGS + " tags per device");
        }
        if (r.installedOn() != null && r.endOfSupport() != null && r.endOfSupport().isBefore(r.installedOn())) {
            errors.add(name.apply("endOfSupport"), "is before installedOn");
        }
        String notes = text(r.notes(), "notes", MAX_NOTES, errors, name);
        return new Device(null, kind, text(r.vendor(), "vendor", MAX_TEXT, errors, name),
                text(r.model(), "model", MAX_TEXT, errors, name), text(r.firmware(), "firmware", MAX_TEXT, errors, name),
                text(r.hardwareVersion(), "hardwareVersion", MAX_TEXT, errors, name), serial, mac, addresses,
                List.copyOf(ports), r.ownerOrganizationId(), r.operatorOrganizationId(), r.siteId(),
                r.informationSystemId(), r.installedOn(), r.endOfSupport(),
                text(r.certificateOrigin(), "certificateOrigin", MAX_TEXT, errors, name),
                text(r.certificateQuality(), "certificateQuality", MAX_TEXT, errors, name),
                text(r.qcvn135(), "qcvn135", MAX_TEXT, errors, name), List.copyOf(tags), notes, null, null, null);
    }

    private static String text(String value, String field, int max, FieldErrors errors, UnaryOperator<String> name) {
        String t = Text.trim(value);
        if (t != null && t.length() > max) {
            errors.add(name.apply(field), "is longer than " + max + " characters");
        }
        return t;
    }

    /** What text search looks in: identifying fields, in lower case. */
    static String searchText(Device d) {
        StringBuilder sb = new StringBuilder();
        for (Object o : new Object[] {d.vendor(), d.model(), d.firmware(), d.serial(), d.mac(), d.notes(),
                String.join(" ", d.tags()), String.join(" ", d.addresses())}) {
            if (o != null && !o.toString().isEmpty()) {
                sb.append(o).append(' ');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT).strip();
    }
}
