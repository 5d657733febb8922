package io.camwarden.support;

import java.util.List;

/** Lines of `camwarden scan` output (one host per line), as tests upload them. */
public final class ScanLines {

    private ScanLines() {
    }

    /** A host with its services ("80/http") and the identity fields that are not null. */
    public static String host(String ip, String serial, String model, String firmware, String kind, String... services) {
        StringBuilder s = new StringBuilder("{\"ip\":\"" + ip + "\",\"services\":[");
        for (int i = 0; i < services.length; i++) {
            String[] p = services[i].split("/");
            s.append(i == 0 ? "" : ",").append("{\"port\":").append(p[0]).append(",\"protocol\":\"").append(p[1])
                    .append("\",\"evidence\":[]}");
        }
        s.append("],\"identity\":{");
        List<String> fields = new java.util.ArrayList<>();
        if (serial != null) {
            fields.add("\"serial\":{\"value\":\"" + serial + "\",\"confidence\":0.95,\"source\":\"onvif.serial@80\"}");
        }
        if (model != null) {
            fields.add("\"model\":{\"value\":\"" + model + "\",\"confidence\":0.95,\"source\":\"onvif.model@80\"}");
        }
        if (firmware != null) {
            fields.add("\"firmware\":{\"value\":\"" + firmware + "\",\"confidence\":0.95,\"source\":\"onvif.firmware@80\"}");
        }
        if (kind != null) {
            fields.add("\"deviceKind\":{\"value\":\"" + kind + "\",\"confidence\":0.9,\"source\":\"onvif.scope@80\"}");
        }
        return s.append(String.join(",", fields)).append("}}").toString();
    }
}
