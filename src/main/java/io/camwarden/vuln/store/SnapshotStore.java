package io.camwarden.vuln.store;

import io.camwarden.domain.vuln.VendorAdvisory;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bookkeeping of snapshot sources (table vuln_snapshot, see {@link SnapshotReplacement}): which snapshot of
 * each source is current, and the removal of the stored records a newer snapshot no longer lists. Called inside
 * the bundle's import transaction, so a replacement is all or nothing with the rest of the bundle.
 */
@Repository
public class SnapshotStore {

    /** KEV and EPSS are one source each, whoever signs their bundles. */
    static final String EVERY_PUBLISHER = "";
    private static final int BATCH = 1000;

    /** The current snapshot of a source: its own version (may be null), when its bundle was made, which bundle. */
    public record Current(String version, Instant createdAt, long bundleId) {
    }

    private final JdbcClient jdbc;

    public SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Current> current(String source, String publisher) {
        return jdbc.sql("SELECT version, created_at, bundle_id FROM vuln_snapshot WHERE source = :s AND publisher = :p")
                .param("s", source).param("p", publisher)
                .query((rs, n) -> new Current(rs.getString(1), Sql.instant(rs, "created_at"), rs.getLong(3)))
                .optional();
    }

    /** Makes this bundle's snapshot the current one of its source. */
    public void record(String source, String publisher, String version, Instant createdAt, long bundleId) {
        int updated = jdbc.sql("UPDATE vuln_snapshot SET version = :v, created_at = :c, bundle_id = :b"
                        + " WHERE source = :s AND publisher = :p")
                .param("v", version).param("c", Sql.utc(createdAt)).param("b", bundleId).param("s", source)
                .param("p", publisher).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO vuln_snapshot (source, publisher, version, created_at, bundle_id)"
                            + " VALUES (:s, :p, :v, :c, :b)")
                    .param("v", version).param("c", Sql.utc(createdAt)).param("b", bundleId).param("s", source)
                    .param("p", publisher).update();
        }
    }

    /** The fingerprint of the key that signed a bundle: advisories are whole per publisher. */
    public String signerOf(long bundleId) {
        return jdbc.sql("SELECT signer_fingerprint FROM data_bundle WHERE id = :id").param("id", bundleId)
                .query(String.class).single();
    }

    /** Removes the KEV entries whose CVE is not in {@code listed}; returns their CVE ids. */
    public List<String> removeKevExcept(Set<String> listed) {
        return removeExcept("vuln_kev", listed);
    }

    /** Removes the EPSS scores whose CVE is not in {@code listed}; returns their CVE ids. */
    public List<String> removeEpssExcept(Set<String> listed) {
        return removeExcept("vuln_epss", listed);
    }

    private List<String> removeExcept(String table, Set<String> listed) {
        List<String> gone = new ArrayList<>();
        jdbc.sql("SELECT cve_id FROM " + table).query((ResultSet rs) -> {
            String cve = rs.getString(1);
            if (!listed.contains(cve)) {
                gone.add(cve);
            }
        });
        for (int i = 0; i < gone.size(); i += BATCH) {
            jdbc.sql("DELETE FROM " + table + " WHERE cve_id IN (:ids)")
                    .param("ids", gone.subList(i, Math.min(gone.size(), i + BATCH))).update();
        }
        return gone;
    }

    /**
     * Removes the advisories brought by bundles of {@code signer} that are not in {@code listed} (keys as
     * {@link VulnerabilityStore#advisoryKey}); returns them. Other publishers' advisories stay.
     */
    public List<VendorAdvisory> removeAdvisoriesExcept(String signer, Set<String> listed) {
        List<VendorAdvisory> gone = jdbc.sql("SELECT " + prefixed() + " FROM vuln_advisory a"
                        + " JOIN data_bundle b ON b.id = a.bundle_id WHERE b.signer_fingerprint = :signer")
                .param("signer", signer).query((rs, n) -> VulnerabilityStore.advisory(rs)).list().stream()
                .filter(a -> !listed.contains(VulnerabilityStore.advisoryKey(a))).toList();
        for (VendorAdvisory a : gone) {
            jdbc.sql("DELETE FROM vuln_advisory WHERE advisory_id = :id AND vendor = :v AND model_pattern = :m")
                    .param("id", a.id()).param("v", a.vendor()).param("m", a.modelPattern()).update();
        }
        return gone;
    }

    private static String prefixed() {
        return "a." + VulnerabilityStore.ADVISORY_COLUMNS.replace(", ", ", a.");
    }
}
