package io.camwarden.checks;

import io.camwarden.auditlog.AuditEvent;
import io.camwarden.auditlog.AuditLog;
import io.camwarden.domain.Caller;
import io.camwarden.domain.check.WarnedVendor;
import io.camwarden.registry.ConflictException;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warned-vendor lists INV-05 matches against. Seeded on the first start from the shipped
 * warned-vendors.csv (a copy of shared/data/criteria/warned_vendor_lists.csv); from then on the regulator adds
 * and retires entries. Retired entries stay, for the record.
 */
@Service
public class WarnedVendorService {

    private static final Logger log = LoggerFactory.getLogger(WarnedVendorService.class);
    public static final String SHIPPED = "checks/warned-vendors.csv";
    private static final int MAX_TEXT = 2000;

    private final WarnedVendorRepository repo;
    private final AuditLog audit;
    private final Clock clock;

    public WarnedVendorService(WarnedVendorRepository repo, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WarnedVendor> list(boolean includeRetired) {
        return repo.list(includeRetired);
    }

    @Transactional(readOnly = true)
    public WarnedVendor get(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("warned-vendor entry", id));
    }

    @Transactional
    public WarnedVendor add(Caller caller, WarnedVendorRequest r) {
        RegulatorOnly.require(caller, "change the warned-vendor lists");
        WarnedVendor w = validate(r, caller.username());
        long id = repo.insert(w);
        audit.record("warned_vendor.add", "warned_vendor", id, Map.of("vendor", w.vendor(), "authority", w.authority(),
                "instrument", w.instrument()));
        return get(id);
    }

    @Transactional
    public WarnedVendor retire(Caller caller, long id, String reason) {
        RegulatorOnly.require(caller, "change the warned-vendor lists");
        WarnedVendor w = get(id);
        if (!w.active()) {
            throw new ConflictException("warned-vendor entry " + id + " was already retired on " + w.retiredAt()
                    + " by " + w.retiredBy());
        }
        String why = Text.trim(reason);
        if (why == null) {
            throw InvalidInputException.of("reason", "is required: say why the entry no longer applies");
        }
        repo.retire(id, Instant.now(clock), caller.username(), why);
        audit.record("warned_vendor.retire", "warned_vendor", id, Map.of("vendor", w.vendor(), "reason", why));
        return get(id);
    }

    /** Copies the shipped list on the first start; does nothing once the table has any entry, even retired. */
    @Transactional
    public void seedShippedIfEmpty() {
        if (repo.count() > 0) {
            return;
        }
        List<WarnedVendor> entries;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the jar");
            }
            entries = readShipped(new InputStreamReader(in, StandardCharsets.UTF_8), Instant.now(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (WarnedVendor w : entries) {
            long id = repo.insert(w);
            audit.append(AuditEvent.of("warned_vendor.add", "warned_vendor", id, Map.of("vendor", w.vendor(),
                    "authority", w.authority(), "instrument", w.instrument(), "origin", SHIPPED)).by("camwarden", null));
        }
        log.info("Stored {} warned-vendor entries from the shipped list", entries.size());
    }

    /**
     * Rows of the shipped list. "as above" in a cell means the value written out in full further up (the list
     * writes "as above; sdmmag.com" for "the same sources, and sdmmag.com"). A row whose vendor is in parentheses,
     * such as "(none published)", records that an authority has no list and is not an entry.
     */
    static List<WarnedVendor> readShipped(Reader reader, Instant at) throws IOException {
        List<WarnedVendor> out = new ArrayList<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(reader)) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : r.getParser().getHeaderNames()) {
                String v = r.get(column);
                String before = written.get(column);
                if (v.regionMatches(true, 0, "as above", 0, 8) && before != null) {
                    v = before + v.substring(8);
                } else {
                    written.put(column, v);
                }
                row.put(column, v);
            }
            String vendor = row.get("vendor");
            if (vendor.isBlank() || vendor.startsWith("(")) {
                continue;
            }
            String brands = row.get("related_brands_or_affiliates_to_check");
            out.add(new WarnedVendor(null, vendor, WarnedVendorBrands.parse(brands), brands, null, null,
                    row.get("authority"), row.get("jurisdiction"), row.get("instrument"), row.get("scope"),
                    row.get("effective"), row.get("source"), at, "camwarden (" + SHIPPED + ")", null, null, null));
        }
        return out;
    }

    private WarnedVendor validate(WarnedVendorRequest r, String by) {
        FieldErrors errors = new FieldErrors();
        String vendor = required(r.vendor(), "vendor", errors);
        String authority = required(r.authority(), "authority", errors);
        String instrument = required(r.instrument(), "instrument", errors);
        String source = required(r.source(), "source", errors);
        if (r.minLevel() != null && (r.minLevel() < 1 || r.minLevel() > 5)) {
            errors.add("minLevel", "must be 1 to 5, or empty for every level");
        }
        List<WarnedVendor.Brand> brands = new ArrayList<>();
        List<String> given = r.brands() == null ? List.of() : r.brands();
        for (int i = 0; i < given.size(); i++) {
            String b = Text.trim(given.get(i));
            WarnedVendor.Brand brand = b == null ? null : WarnedVendorBrands.brand(b);
            if (brand == null) {
                errors.add("brands[" + i + "]", "'" + given.get(i) + "' is not a brand name: give one name per item,"
                        + " e.g. \"KBVision (VN market OEM - verify)\"");
            } else {
                brands.add(brand);
            }
        }
        for (var e : Map.of("vendor", r.vendor() == null ? "" : r.vendor(), "scope", r.scope() == null ? "" : r.scope(),
                "source", r.source() == null ? "" : r.source()).entrySet()) {
            if (e.getValue().length() > MAX_TEXT) {
                errors.add(e.getKey(), "is longer than " + MAX_TEXT + " characters");
            }
        }
        errors.throwIfAny();
        return new WarnedVendor(null, vendor, brands, given.isEmpty() ? null : String.join(", ", given.stream()
                .map(String::strip).toList()), Text.trim(r.model()), r.minLevel(), authority, Text.trim(r.jurisdiction()),
                instrument, Text.trim(r.scope()), Text.trim(r.effective()), source, Instant.now(clock), by, null, null, null);
    }

    private static String required(String value, String field, FieldErrors errors) {
        String v = Text.trim(value);
        if (v == null) {
            errors.add(field, "is required: a list entry names the vendor, the authority that listed it, the"
                    + " instrument and the source");
        }
        return v;
    }
}
