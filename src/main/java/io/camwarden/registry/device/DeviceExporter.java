package io.camwarden.registry.device;

import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Streams every device in the caller's scope in the import format (CSV or JSON), in id order. */
@Service
public class DeviceExporter {

    private static final int BATCH = 500;

    private final DeviceRepository devices;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    public DeviceExporter(DeviceRepository devices, JdbcClient jdbc, TransactionTemplate tx, JsonMapper json) {
        this.devices = devices;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    public void export(Caller caller, DeviceImporter.Format format, OutputStream out) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly(); // read only
            ExportNames names = new ExportNames(jdbc, caller.scope());
            try {
                if (format == DeviceImporter.Format.CSV) {
                    csv(caller, names, out);
                } else {
                    json(caller, names, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void csv(Caller caller, ExportNames names, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(DeviceColumns.ALL);
        devices.forEachBatch(caller.scope(), BATCH, batch -> {
            try {
                for (Device d : batch) {
                    Map<String, Object> row = row(d, names);
                    List<Object> cells = new ArrayList<>();
                    for (String col : DeviceColumns.ALL) {
                        Object v = row.get(col);
                        cells.add(v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : v);
                    }
                    csv.printRecord(cells);
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private void json(Caller caller, ExportNames names, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            devices.forEachBatch(caller.scope(), BATCH, batch -> {
                for (Device d : batch) {
                    g.writePOJO(row(d, names));
                }
                g.flush();
            });
            g.writeEndArray();
        }
    }

    /** One device in the import vocabulary; empty text for absent values, lists for multi-valued columns. */
    private static Map<String, Object> row(Device d, ExportNames names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(DeviceColumns.SERIAL, nz(d.serial()));
        m.put(DeviceColumns.MAC, nz(d.mac()));
        m.put(DeviceColumns.IP, d.addresses());
        m.put(DeviceColumns.KIND, d.kind().name());
        m.put(DeviceColumns.VENDOR, nz(d.vendor()));
        m.put(DeviceColumns.MODEL, nz(d.model()));
        m.put(DeviceColumns.FIRMWARE, nz(d.firmware()));
        m.put(DeviceColumns.OWNER, names.organization(d.ownerOrganizationId()));
        m.put(DeviceColumns.SITE, names.site(d.siteId(), d.ownerOrganizationId()));
        m.put(DeviceColumns.INFORMATION_SYSTEM, names.informationSystem(d.informationSystemId(), d.ownerOrganizationId()));
        m.put(DeviceColumns.INSTALLED_ON, d.installedOn() == null ? "" : d.installedOn().toString());
        m.put(DeviceColumns.END_OF_SUPPORT, d.endOfSupport() == null ? "" : d.endOfSupport().toString());
        m.put(DeviceColumns.CERTIFICATE_ORIGIN, nz(d.certificateOrigin()));
        m.put(DeviceColumns.CERTIFICATE_QUALITY, nz(d.certificateQuality()));
        m.put(DeviceColumns.QCVN135, nz(d.qcvn135()));
        m.put(DeviceColumns.HARDWARE_VERSION, nz(d.hardwareVersion()));
        m.put(DeviceColumns.OPERATOR, names.organization(d.operatorOrganizationId()));
        m.put(DeviceColumns.PORTS, d.ports());
        m.put(DeviceColumns.TAGS, d.tags());
        m.put(DeviceColumns.NOTES, nz(d.notes()));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
