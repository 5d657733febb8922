package io.camwarden.market;

import io.camwarden.domain.Scope;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Where;
import io.camwarden.registry.device.DeviceRepository;
import io.camwarden.registry.device.DeviceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Devices in service grouped by vendor and model, in SQL, inside the caller's scope (the device list's own
 * filter and scope clauses). Spellings that differ only in case or surrounding spaces are one model.
 */
@Repository
public class ModelSummaryRepository {

    /** Sort fields of the list, mapped to their columns. */
    public static final Map<String, String> SORTABLE = Map.of("vendor", "vendor_key", "model", "model_key",
            "devices", "devices", "pastEndOfSupport", "past_eos", "withoutCertificates", "without_certificates");

    private final JdbcClient jdbc;

    public ModelSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<ModelSummary> list(Scope scope, String vendor, String q, LocalDate today, PageRequest page) {
        Where w = DeviceRepository.where(scope, new DeviceRepository.Filter(vendor, null, null, null, null, null,
                null, null, null, q, null, DeviceStatus.IN_SERVICE));
        String from = " FROM device d LEFT JOIN site fs ON fs.id = d.site_id"
                + " LEFT JOIN information_system fi ON fi.id = d.information_system_id WHERE " + w.sql();
        String groups = " GROUP BY LOWER(TRIM(d.vendor)), LOWER(TRIM(d.model))";
        long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1" + from + groups + ") g").params(w.params())
                .query(Long.class).single();
        List<ModelSummary> items = jdbc.sql("SELECT LOWER(TRIM(d.vendor)) AS vendor_key,"
                        + " LOWER(TRIM(d.model)) AS model_key, MIN(d.vendor) AS vendor, MIN(d.model) AS model,"
                        + " COUNT(*) AS devices,"
                        + " SUM(CASE WHEN " + present("d.certificate_origin") + " THEN 1 ELSE 0 END) AS origin,"
                        + " SUM(CASE WHEN " + present("d.certificate_quality") + " THEN 1 ELSE 0 END) AS quality,"
                        + " SUM(CASE WHEN " + present("d.qcvn135") + " THEN 1 ELSE 0 END) AS qcvn,"
                        + " SUM(CASE WHEN d.end_of_support < :today THEN 1 ELSE 0 END) AS past_eos,"
                        + " SUM(CASE WHEN " + present("d.certificate_origin") + " AND "
                        + present("d.certificate_quality") + " THEN 0 ELSE 1 END) AS without_certificates,"
                        + " COUNT(DISTINCT d.firmware) AS firmware_versions"
                        + from + groups + " ORDER BY " + page.orderBy() + ", vendor_key, model_key"
                        + " LIMIT :limit OFFSET :offset")
                .params(w.params()).param("today", today).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new ModelSummary(rs.getString("vendor"), rs.getString("model"),
                        rs.getLong("devices"), rs.getLong("origin"), rs.getLong("quality"), rs.getLong("qcvn"),
                        rs.getLong("past_eos"), rs.getLong("firmware_versions"), List.of()))
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static String present(String column) {
        return "(" + column + " IS NOT NULL AND " + column + " <> '')";
    }
}
