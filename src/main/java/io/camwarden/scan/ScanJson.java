package io.camwarden.scan;

import io.camwarden.domain.scan.HostReport;
import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.Service;
import io.camwarden.domain.scan.ServiceProtocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The scan output format, one JSON object per responding host:
 * <pre>{"ip": "10.0.0.5", "scannedAt": "...", "services": [{"port": 554, "protocol": "rtsp",
 *   "evidence": [{"kind": "rtsp.server", "value": "..."}]}], "identity": {"vendor": {"value": "Hikvision",
 *   "confidence": 0.95, "source": "onvif.manufacturer@80"}, ...}, "cpe": "cpe:2.3:..."}</pre>
 * The server reads the same format back when scan results are uploaded.
 */
public final class ScanJson {

    private static final String[] FIELDS = {"vendor", "model", "firmware", "hardware", "serial", "deviceKind"};

    private ScanJson() {
    }

    public static Map<String, Object> toMap(HostReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ip", r.ip());
        m.put("scannedAt", r.scannedAt() == null ? null : r.scannedAt().toString());
        if (r.mac() != null) {
            m.put("mac", r.mac());
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (Service s : r.services()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("port", s.port());
            sm.put("protocol", s.protocol().label());
            List<Map<String, Object>> ev = new ArrayList<>();
            for (Observation o : s.evidence()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("kind", o.kind());
                om.put("value", o.value());
                if (o.port() != s.port()) {
                    om.put("port", o.port());
                }
                ev.add(om);
            }
            sm.put("evidence", ev);
            services.add(sm);
        }
        m.put("services", services);
        Map<String, Object> identity = new LinkedHashMap<>();
        IdentityField[] fields = fields(r.identity());
        for (int i = 0; i < FIELDS.length; i++) {
            if (fields[i] != null) {
                identity.put(FIELDS[i], Map.of("value", fields[i].value(), "confidence", fields[i].confidence(),
                        "source", fields[i].source()));
            }
        }
        m.put("identity", identity);
        m.put("cpe", r.identity().cpe());
        return m;
    }

    /** Reads one host object of the scan output; throws IllegalArgumentException naming what is wrong. */
    public static HostReport fromJson(JsonNode n) {
        if (n == null || !n.isObject() || !n.hasNonNull("ip")) {
            throw new IllegalArgumentException("expected a host object with at least \"ip\"");
        }
        String ip = io.camwarden.domain.net.IpAddresses.canonical(n.get("ip").asString());
        List<Service> services = new ArrayList<>();
        for (JsonNode s : n.path("services")) {
            int port = s.path("port").asInt(-1);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("service port must be 0-65535");
            }
            ServiceProtocol protocol;
            try {
                protocol = ServiceProtocol.ofLabel(s.path("protocol").asString("other"));
            } catch (IllegalArgumentException e) {
                protocol = ServiceProtocol.OTHER;
            }
            List<Observation> ev = new ArrayList<>();
            for (JsonNode o : s.path("evidence")) {
                if (o.hasNonNull("kind") && o.hasNonNull("value")) {
                    ev.add(new Observation(o.get("kind").asString(), o.get("value").asString(),
                            o.path("port").asInt(port), protocol));
                }
            }
            services.add(new Service(port, protocol, ev));
        }
        JsonNode id = n.path("identity");
        IdentityField[] f = new IdentityField[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            JsonNode x = id.path(FIELDS[i]);
            if (x.hasNonNull("value")) {
                double c = Math.max(0, Math.min(1, x.path("confidence").asDouble(0)));
                f[i] = new IdentityField(x.get("value").asString(), c, x.path("source").asString(""));
            }
        }
        String cpe = n.hasNonNull("cpe") ? n.get("cpe").asString() : null;
        Instant at = n.hasNonNull("scannedAt") ? Instant.parse(n.get("scannedAt").asString()) : null;
        return new HostReport(ip, at, services, new Identity(f[0], f[1], f[2], f[3], f[4], f[5], cpe),
                n.hasNonNull("mac") ? n.get("mac").asString() : null);
    }

    private static IdentityField[] fields(Identity i) {
        return new IdentityField[] {i.vendor(), i.model(), i.firmware(), i.hardware(), i.serial(), i.deviceKind()};
    }
}
