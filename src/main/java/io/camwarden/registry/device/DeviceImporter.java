package io.camwarden.registry.device;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Device;
import io.camwarden.domain.DeviceChange;
import io.camwarden.domain.DeviceChanges;
import io.camwarden.domain.net.MacAddress;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.References;
import io.camwarden.registry.Text;
import io.camwarden.registry.Writes;
import io.camwarden.registry.organization.OrganizationRepository;
import io.camwarden.registry.site.SiteRepository;
import io.camwarden.registry.system.InformationSystemRepository;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of devices from CSV or JSON. Rows are upserted by serial, else MAC, within the owner
 * organisation; each row is kept or rejected on its own, so valid rows are stored even when others are
 * not, and importing the same file again changes nothing. The file is streamed and written in chunks of
 * {@value #CHUNK} rows, each in its own transaction: memory stays flat however long the file is, and an
 * interrupted import can simply be run again.
 */
@Service
public class DeviceImporter {

    /** Input formats. */
    public enum Format { CSV, JSON }

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(DeviceImporter.class);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final DeviceRepository devices;
    private final DeviceHistoryRepository history;
    private final References references;
    private final OrganizationRepository organizations;
    private final SiteRepository sites;
    private final InformationSystemRepository systems;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    public DeviceImporter(DeviceRepository devices, DeviceHistoryRepository history, References references,
                          OrganizationRepository organizations, SiteRepository sites,
                          InformationSystemRepository systems, AuditLog audit, TransactionTemplate tx,
                          JsonMapper json, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.devices = devices;
        this.history = history;
        this.references = references;
        this.organizations = organizations;
        this.sites = sites;
        this.systems = systems;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Imports a file. {@code progress} receives the number of rows read so far after each chunk.
     * With {@code dryRun}, everything is checked and counted but nothing is written.
     */
    public ImportReport importDevices(Caller caller, InputStream in, Format format, boolean dryRun, String source,
                                      LongConsumer progress) throws IOException {
        Writes.requireWriter(caller);
        MessageDigest sha = sha256();
        Run run = new Run(caller, dryRun);
        List<String> ignored;
        try (DeviceRows rows = format == Format.CSV ? DeviceRows.csv(new DigestInputStream(in, sha))
                : DeviceRows.json(new DigestInputStream(in, sha), json)) {
            List<DeviceRows.Row> chunk = new ArrayList<>(CHUNK);
            long read = 0;
            while (rows.hasNext()) {
                chunk.add(rows.next());
                if (chunk.size() == CHUNK) {
                    read += chunk.size();
                    run.process(chunk);
                    chunk.clear();
                    progress.accept(read);
                }
            }
            read += chunk.size();
            run.process(chunk);
            progress.accept(read);
            ignored = rows.ignoredColumns();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        ImportReport report = new ImportReport(run.created, run.updated, run.unchanged, List.copyOf(run.rejected),
                run.rejectedTotal, ignored, dryRun);
        if (!dryRun) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("source", source);
            detail.put("sha256", HexFormat.of().formatHex(sha.digest()));
            detail.put("created", report.created());
            detail.put("updated", report.updated());
            detail.put("unchanged", report.unchanged());
            detail.put("rejected", report.rejectedTotal());
            audit.record("device.import", "device", null, detail);
        }
        log.info("Device import from {} by {}: {} created, {} updated, {} unchanged, {} rejected{}", source,
                caller.username(), report.created(), report.updated(), report.unchanged(), report.rejectedTotal(),
                dryRun ? " (dry run, nothing written)" : "");
        return report;
    }

    /** State of one import: caches, counters, and the keys already used by earlier rows of the file. */
    private final class Run {
        final Caller caller;
        final boolean dryRun;
        final ReferenceResolver refs;
        final Map<String, Integer> seenKeys = new HashMap<>();
        final List<ImportReport.Rejection> rejected = new ArrayList<>();
        int created;
        int updated;
        int unchanged;
        int rejectedTotal;

        Run(Caller caller, boolean dryRun) {
            this.caller = caller;
            this.dryRun = dryRun;
            this.refs = new ReferenceResolver(caller, references, organizations, sites, systems);
        }

        void reject(DeviceRows.Row row, String reason) {
            rejectedTotal++;
            if (rejected.size() < ImportReport.MAX_LISTED) {
                rejected.add(new ImportReport.Rejection(row.row(), row.line(), reason));
            }
        }

        /** A row whose owner and identifying keys are known. */
        record Keyed(DeviceRows.Row row, long owner, String serial, String mac) {
        }

        void process(List<DeviceRows.Row> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            List<Keyed> keyed = new ArrayList<>();
            for (DeviceRows.Row row : chunk) {
                if (row.has("__not_an_object__")) {
                    reject(row, "is not a JSON object");
                    continue;
                }
                FieldErrors errors = new FieldErrors();
                String ownerText = Text.trim(row.get(DeviceColumns.OWNER));
                Long owner = null;
                if (ownerText == null) {
                    errors.add(DeviceColumns.OWNER, "is empty: name the owner organization or give #id");
                } else {
                    ReferenceResolver.Ref ref = refs.owner(ownerText);
                    if (ref.error() != null) {
                        errors.add(DeviceColumns.OWNER, ref.error());
                    }
                    owner = ref.id();
                }
                String serial = Text.trim(row.get(DeviceColumns.SERIAL));
                String mac = null;
                String macText = Text.trim(row.get(DeviceColumns.MAC));
                if (macText != null) {
                    try {
                        mac = MacAddress.normalize(macText);
                    } catch (IllegalArgumentException e) {
                        errors.add(DeviceColumns.MAC, e.getMessage());
                    }
                }
                if (serial == null && macText == null) {
                    errors.add(DeviceColumns.SERIAL, "serial and mac are both empty: a device needs one to be identified");
                }
                if (!errors.isEmpty()) {
                    reject(row, errors.summary());
                } else {
                    keyed.add(new Keyed(row, owner, serial, mac));
                }
            }
            // what is stored already under the chunk's serials and MACs: one query for the whole chunk
            Set<String> serials = new LinkedHashSet<>();
            Set<String> macs = new LinkedHashSet<>();
            for (Keyed k : keyed) {
                if (k.serial() != null) {
                    serials.add(k.serial());
                }
                if (k.mac() != null) {
                    macs.add(k.mac());
                }
            }
            Map<String, Device> stored = new HashMap<>();
            for (Device d : devices.findByKeys(null, serials, macs)) {
                if (d.serial() != null) {
                    stored.put(serialKey(d.ownerOrganizationId(), d.serial()), d);
                }
                if (d.mac() != null) {
                    stored.put(macKey(d.ownerOrganizationId(), d.mac()), d);
                }
            }
            Instant now = Instant.now(clock);
            List<Device> toInsert = new ArrayList<>();
            List<Device> toUpdate = new ArrayList<>();
            List<DeviceChange> changes = new ArrayList<>();
            for (Keyed k : keyed) {
                Outcome o = decide(k, stored);
                if (o.reason() != null) {
                    reject(k.row(), o.reason());
                    continue;
                }
                if (o.existing() == null) {
                    created++;
                    toInsert.add(o.device());
                } else {
                    List<DeviceChanges.FieldChange> diff = DeviceChanges.between(o.existing(), o.device());
                    if (diff.isEmpty()) {
                        unchanged++;
                    } else {
                        updated++;
                        toUpdate.add(o.device());
                        diff.forEach(c -> changes.add(new DeviceChange(o.existing().id(), now, caller.username(),
                                c.field(), c.oldValue(), c.newValue(), "import")));
                    }
                }
            }
            if (dryRun || (toInsert.isEmpty() && toUpdate.isEmpty())) {
                return;
            }
            tx.executeWithoutResult(status -> {
                List<Long> ids = devices.insertAll(toInsert, now);
                devices.updateAll(toUpdate, now);
                List<DeviceChange> all = new ArrayList<>(changes);
                ids.forEach(id -> all.add(new DeviceChange(id, now, caller.username(), "*", null, "created", "import")));
                history.appendAll(all);
                java.util.Set<Long> touched = new java.util.HashSet<>(ids);
                toUpdate.forEach(d -> touched.add(d.id()));
                events.publishEvent(new DevicesChanged(touched, "device import"));
            });
        }

        record Outcome(Device device, Device existing, String reason) {
        }

        /** Matches a row to a stored device, builds the new version, and checks it. */
        Outcome decide(Keyed k, Map<String, Device> stored) {
            String sKey = k.serial() == null ? null : serialKey(k.owner(), k.serial());
            String mKey = k.mac() == null ? null : macKey(k.owner(), k.mac());
            for (String key : Arrays.asList(sKey, mKey)) {
                if (key != null && seenKeys.containsKey(key)) {
                    return new Outcome(null, null, "has the same " + (key == sKey ? "serial" : "MAC")
                            + " for the same owner as row " + seenKeys.get(key) + ": each device once per file");
                }
            }
            Device existing = sKey == null ? null : stored.get(sKey);
            if (existing == null && mKey != null) {
                Device byMac = stored.get(mKey);
                if (byMac != null && (k.serial() == null || byMac.serial() == null)) {
                    existing = byMac;
                } else if (byMac != null) {
                    return new Outcome(null, null, "MAC " + k.mac() + " already belongs to device " + byMac.id()
                            + " with serial " + byMac.serial() + ", not " + k.serial());
                }
            }
            FieldErrors errors = new FieldErrors();
            DeviceRequest req = overlay(k, existing, errors);
            Device d = DeviceRules.toDevice(req, errors, f -> DeviceColumns.BY_FIELD.getOrDefault(f, f));
            if (!errors.isEmpty()) {
                return new Outcome(null, null, errors.summary());
            }
            // the new serial and MAC must not belong to another stored device of the owner
            Device serialOwner = d.serial() == null ? null : stored.get(serialKey(k.owner(), d.serial()));
            Device macOwner = d.mac() == null ? null : stored.get(macKey(k.owner(), d.mac()));
            for (Device other : Arrays.asList(serialOwner, macOwner)) {
                if (other != null && (existing == null || !other.id().equals(existing.id()))) {
                    return new Outcome(null, null, (other == serialOwner ? "serial " + d.serial() : "MAC " + d.mac())
                            + " already belongs to device " + other.id() + " of the same owner");
                }
            }
            if (sKey != null) {
                seenKeys.put(sKey, k.row().row());
            }
            if (mKey != null) {
                seenKeys.put(mKey, k.row().row());
            }
            return new Outcome(existing == null ? d : DeviceRepository.withId(d, existing.id()), existing, null);
        }

        /** The stored device with the row's columns laid over it; a column the file lacks keeps its value. */
        DeviceRequest overlay(Keyed k, Device e, FieldErrors errors) {
            DeviceRows.Row r = k.row();
            long owner = k.owner();
            Long operator = e == null ? null : e.operatorOrganizationId();
            if (r.has(DeviceColumns.OPERATOR)) {
                operator = ref(r.get(DeviceColumns.OPERATOR), DeviceColumns.OPERATOR, errors, refs::operator);
            }
            Long site = e == null ? null : e.siteId();
            if (r.has(DeviceColumns.SITE)) {
                site = ref(r.get(DeviceColumns.SITE), DeviceColumns.SITE, errors, v -> refs.site(v, owner));
            }
            Long system = e == null ? null : e.informationSystemId();
            if (r.has(DeviceColumns.INFORMATION_SYSTEM)) {
                system = ref(r.get(DeviceColumns.INFORMATION_SYSTEM), DeviceColumns.INFORMATION_SYSTEM, errors,
                        v -> refs.informationSystem(v, owner));
            }
            return new DeviceRequest(
                    text(r, DeviceColumns.KIND, e == null ? null : e.kind().name()),
                    text(r, DeviceColumns.VENDOR, e == null ? null : e.vendor()),
                    text(r, DeviceColumns.MODEL, e == null ? null : e.model()),
                    text(r, DeviceColumns.FIRMWARE, e == null ? null : e.firmware()),
                    text(r, DeviceColumns.HARDWARE_VERSION, e == null ? null : e.hardwareVersion()),
                    k.serial() != null ? k.serial() : e == null ? null : e.serial(),
                    k.mac() != null ? k.mac() : e == null ? null : e.mac(),
                    r.has(DeviceColumns.IP) ? split(r.get(DeviceColumns.IP), "[;,|\\s]+")
                            : e == null ? List.of() : e.addresses(),
                    r.has(DeviceColumns.PORTS) ? ports(r.get(DeviceColumns.PORTS), errors)
                            : e == null ? List.of() : e.ports(),
                    owner, operator, site, system,
                    r.has(DeviceColumns.INSTALLED_ON) ? date(r.get(DeviceColumns.INSTALLED_ON), DeviceColumns.INSTALLED_ON, errors)
                            : e == null ? null : e.installedOn(),
                    r.has(DeviceColumns.END_OF_SUPPORT) ? date(r.get(DeviceColumns.END_OF_SUPPORT), DeviceColumns.END_OF_SUPPORT, errors)
                            : e == null ? null : e.endOfSupport(),
                    text(r, DeviceColumns.CERTIFICATE_ORIGIN, e == null ? null : e.certificateOrigin()),
                    text(r, DeviceColumns.CERTIFICATE_QUALITY, e == null ? null : e.certificateQuality()),
                    text(r, DeviceColumns.QCVN135, e == null ? null : e.qcvn135()),
                    r.has(DeviceColumns.TAGS) ? split(r.get(DeviceColumns.TAGS), ";") : e == null ? List.of() : e.tags(),
                    text(r, DeviceColumns.NOTES, e == null ? null : e.notes()),
                    null);
        }

        private Long ref(String value, String column, FieldErrors errors,
                         java.util.function.Function<String, ReferenceResolver.Ref> resolve) {
            String v = Text.trim(value);
            if (v == null) {
                return null;
            }
            ReferenceResolver.Ref ref = resolve.apply(v);
            if (ref.error() != null) {
                errors.add(column, ref.error());
            }
            return ref.id();
        }
    }

    private static String text(DeviceRows.Row r, String column, String stored) {
        return r.has(column) ? r.get(column) : stored;
    }

    private static List<String> split(String value, String separators) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.strip().split(separators)).filter(s -> !s.isBlank()).map(String::strip).toList();
    }

    private static List<Integer> ports(String value, FieldErrors errors) {
        List<Integer> ports = new ArrayList<>();
        for (String p : split(value, "[;,|\\s]+")) {
            try {
                ports.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                errors.add(DeviceColumns.PORTS, "'" + p + "' is not a port number");
            }
        }
        return ports;
    }

    /** YYYY-MM-DD, or D/M/YYYY as Vietnamese spreadsheets write it. */
    static LocalDate date(String value, String column, FieldErrors errors) {
        String v = Text.trim(value);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DAY_MONTH_YEAR) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(column, "'" + v + "' is not a date: use YYYY-MM-DD (or D/M/YYYY)");
            return null;
        }
    }

    private static String serialKey(long owner, String serial) {
        return owner + "|s|" + serial;
    }

    private static String macKey(long owner, String mac) {
        return owner + "|m|" + mac;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
