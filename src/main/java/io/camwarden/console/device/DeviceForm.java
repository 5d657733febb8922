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
