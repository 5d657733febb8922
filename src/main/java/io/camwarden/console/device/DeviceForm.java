package io.camwarden.console.device;

import static io.camwarden.console.FormValues.date;
import static io.camwarden.console.FormValues.id;
import static io.camwarden.console.FormValues.integer;
import static io.camwarden.console.FormValues.joined;
import static io.camwarden.console.FormValues.list;
import static io.camwarden.console.FormValues.text;

import io.camwarden.console.FormValues;
import io.camwarden.domain.Device;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.device.DeviceRequest;

/** The device form as the browser sends it: text in every field, read into a request by {@link #toRequest}. */
public record DeviceForm(String kind, String vendor, String model, String firmware, String hardwareVersion,
                         String serial, String mac, String addresses, String ports, String ownerOrganizationId,
                         String operatorOrganizationId, String siteId, String informationSystemId, String installedOn,
                         String endOfSupport, String certificateOrigin, String certificateQuality, String qcvn135,
                         String tags, String notes, String version) {

    public static final DeviceForm EMPTY = new DeviceForm("CAMERA", "", "", "", "", "", "", "", "", "", "", "", "", "",
            "", "", "", "", "", "", "");

    public static DeviceForm of(Device d) {
        return new DeviceForm(d.kind().name(), text(d.vendor()), text(d.model()), text(d.firmware()),
                text(d.hardwareVersion()), text(d.serial()), text(d.mac()), joined(d.addresses()), joined(d.ports()),
                text(d.ownerOrganizationId()), text(d.operatorOrganizationId()), text(d.siteId()),
                text(d.informationSystemId()), text(d.installedOn()), text(d.endOfSupport()),
                text(d.certificateOrigin()), text(d.certificateQuality()), text(d.qcvn135()), joined(d.tags()),
                text(d.notes()), text(d.version()));
    }

    /** A new device at a site or in a system the user came from. */
    public static DeviceForm preset(String ownerOrganizationId, String siteId, String informationSystemId) {
        return new DeviceForm("CAMERA", "", "", "", "", "", "", "", "", text(ownerOrganizationId), "", text(siteId),
                text(informationSystemId), "", "", "", "", "", "", "", "");
    }

    /**
     * This form with what a scan observed of an unregistered host (a rogue candidate being registered); blank
     * values leave the field as it was, a kind that is not one of the registry's leaves CAMERA.
     */
    public DeviceForm observed(String observedKind, String observedVendor, String observedModel,
                               String observedFirmware, String address) {
        String k = observedKind == null ? "" : observedKind.strip().toUpperCase(java.util.Locale.ROOT);
        boolean known = java.util.Arrays.stream(io.camwarden.domain.DeviceKind.values())
                .anyMatch(x -> x.name().equals(k));
        return new DeviceForm(known ? k : kind, or(observedVendor, vendor), or(observedModel, model),
                or(observedFirmware, firmware), hardwareVersion, serial, mac, or(address, addresses), ports,
                ownerOrganizationId, operatorOrganizationId, siteId, informationSystemId, installedOn, endOfSupport,
                certificateOrigin, certificateQuality, qcvn135, tags, notes, version);
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** The request for the service; text that is not a number or date where one is asked for goes to errors. */
    public DeviceRequest toRequest(FieldErrors errors) {
        return new DeviceRequest(kind, vendor, model, firmware, hardwareVersion, serial, mac, list(addresses, true),
                FormValues.ports(ports, "ports", errors), id(ownerOrganizationId, "ownerOrganizationId", errors),
                id(operatorOrganizationId, "operatorOrganizationId", errors), id(siteId, "siteId", errors),
                id(informationSystemId, "informationSystemId", errors), date(installedOn, "installedOn", errors),
                date(endOfSupport, "endOfSupport", errors), certificateOrigin, certificateQuality, qcvn135,
                list(tags, false), notes, integer(version, "version", errors));
    }
}
