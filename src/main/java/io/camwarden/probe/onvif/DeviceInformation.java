package io.camwarden.probe.onvif;

import io.camwarden.discovery.XmlElements;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** GetDeviceInformation: who made the device and what runs on it. Fields the device left out are null. */
public record DeviceInformation(String manufacturer, String model, String firmwareVersion, String serialNumber,
                                String hardwareId) {

    static DeviceInformation from(Element response) throws InvalidAnswer {
        DeviceInformation info = new DeviceInformation(
                XmlElements.text(response, "Manufacturer"),
                XmlElements.text(response, "Model"),
                XmlElements.text(response, "FirmwareVersion"),
                XmlElements.text(response, "SerialNumber"),
                XmlElements.text(response, "HardwareId"));
        if (info.manufacturer == null && info.model == null && info.firmwareVersion == null) {
            throw new InvalidAnswer("GetDeviceInformationResponse has no Manufacturer, Model or FirmwareVersion");
        }
        return info;
    }

    /** One observation per field the device gave, seen on the ONVIF service's port. */
    public List<Observation> observations(int port) {
        List<Observation> out = new ArrayList<>(5);
        add(out, ObservationKinds.ONVIF_MANUFACTURER, manufacturer, port);
        add(out, ObservationKinds.ONVIF_MODEL, model, port);
        add(out, ObservationKinds.ONVIF_FIRMWARE, firmwareVersion, port);
        add(out, ObservationKinds.ONVIF_SERIAL, serialNumber, port);
        add(out, ObservationKinds.ONVIF_HARDWARE, hardwareId, port);
        return out;
    }

    private static void add(List<Observation> out, String kind, String value, int port) {
        if (value != null) {
            out.add(new Observation(kind, value, port, ServiceProtocol.ONVIF));
        }
    }
}
