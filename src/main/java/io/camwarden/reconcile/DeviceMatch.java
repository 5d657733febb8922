package io.camwarden.reconcile;

import io.camwarden.domain.Device;

/**
 * How a scanned host was tied to a registered device. Serial and MAC identify the device itself; an IP
 * address only says where a device was registered, so an IP match is weaker.
 */
record DeviceMatch(Device device, By by) {

    enum By { SERIAL, MAC, IP }

    boolean strong() {
        return by != By.IP;
    }
}
