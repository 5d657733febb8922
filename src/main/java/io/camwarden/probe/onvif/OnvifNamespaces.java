package io.camwarden.probe.onvif;

/** The ONVIF namespaces this client speaks, and the prefixes devices conventionally use for them. */
final class OnvifNamespaces {

    static final String DEVICE = "http://www.onvif.org/ver10/device/wsdl";
    static final String MEDIA = "http://www.onvif.org/ver10/media/wsdl";
    static final String SCHEMA = "http://www.onvif.org/ver10/schema";

    private OnvifNamespaces() {
    }

    static String conventionalPrefix(String namespace) {
        return switch (namespace) {
            case DEVICE -> "tds";
            case MEDIA -> "trt";
            case SCHEMA -> "tt";
            default -> null;
        };
    }
}
