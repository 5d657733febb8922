package io.camwarden.discovery;

/**
 * What a WS-Discovery Probe asks for. Cameras answer NetworkVideoTransmitter, many NVRs and some cameras only
 * tds:Device, and a few answer only a Probe without Types, so a thorough probe sends more than one.
 */
public enum WsDiscoveryProbeType {
    NETWORK_VIDEO_TRANSMITTER("dn", "http://www.onvif.org/ver10/network/wsdl", "NetworkVideoTransmitter"),
    DEVICE("tds", "http://www.onvif.org/ver10/device/wsdl", "Device"),
    ANY(null, null, null);

    final String prefix;
    final String namespace;
    final String localName;

    WsDiscoveryProbeType(String prefix, String namespace, String localName) {
        this.prefix = prefix;
        this.namespace = namespace;
        this.localName = localName;
    }
}
