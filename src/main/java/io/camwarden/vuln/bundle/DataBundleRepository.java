package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.DataBundle;
import io.camwarden.registry.Page;
import io.camwarden.registry.PageRequest;
import io.camwarden.registry.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** SQL for imported bundles. Bundles are not scoped: every user may see what data the server holds. */
@Repository
public class DataBundleRepository {

    static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "createdAt", "created_at",
            "importedAt", "imported_at");
    private static final String COLUMNS = "id, name, archive_sha256, manifest_sha256, created_at, imported_at,"
            + " imported_by, signer_fingerprint, file_count, total_bytes, source_versions";

    private final JdbcClient jdbc;

    public DataBundleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataBundle> findByManifest(String manifestSha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM data_bundle WHERE manifest_sha256 = :sha")
                .param("sha", manifestSha256).query(DataBundleRepository::map).optional();
    }

    public Optional<DataBundle> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM data_bundle WHERE id = :id")
                .param("id", id).query(DataBundleRepository::map).optional();
    }

    public Optional<String> manifestJson(long id) {
        return jdbc.sql("SELECT manifest FROM data_bundle WHERE id = :id").param("id", id).query(String.class)
                .optional();
    }

    public Page<DataBundle> list(PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM data_bundle").query(Long.class).single();
        List<DataBundle> items = jdbc.sql("SELECT " + COLUMNS + " FROM data_bundle ORDER BY " + page.orderBy()
                        + ", id LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset())
                .query(DataBundleRepository::map).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM data_bundle").query(Long.class).single();
    }

    /** Creation time of the newest data imported, empty when nothing was imported. */
    public Optional<Instant> newestCreatedAt() {
        return jdbc.sql("SELECT created_at FROM data_bundle ORDER BY created_at DESC LIMIT 1")
                .query((rs, n) -> Sql.instant(rs, "created_at")).optional();
    }

    public long insert(VerifiedBundle v, Instant importedAt, String importedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO data_bundle (name, archive_sha256, manifest_sha256, created_at, imported_at,
                                                 imported_by, signer_fingerprint, file_count, total_bytes,
                                                 source_versions, manifest)
                        VALUES (:name, :archive, :manifestSha, :createdAt, :importedAt, :importedBy, :signer,
                                :files, :bytes, :sources, :manifest)""")
                .param("name", v.manifest().name())
                .param("archive", v.archiveSha256())
                .param("manifestSha", v.manifestSha256())
                .param("createdAt", Sql.utc(v.manifest().createdAt()))
                .param("importedAt", Sql.utc(importedAt))
                .param("importedBy", importedBy)
                .param("signer", v.signer().fingerprint())
                .param("files", v.manifest().files().size())
                .param("bytes", v.manifest().totalBytes())
                .param("sources", ManifestJson.JSON.writeValueAsString(v.manifest().sources()))
                .param("manifest", v.manifestJson())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static DataBundle map(ResultSet rs, int n) throws SQLException {
        Map<String, String> sources = ManifestJson.JSON.readValue(rs.getString("source_versions"),
                new TypeReference<LinkedHashMap<String, String>>() { });
        return new DataBundle(rs.getLong("id"), rs.getString("name"), rs.getString("archive_sha256"),
                rs.getString("manifest_sha256"), Sql.instant(rs, "created_at"), Sql.instant(rs, "imported_at"),
                rs.getString("imported_by"), rs.getString("signer_fingerprint"), rs.getInt("file_count"),
                rs.getLong("total_bytes"), sources);
    }
}
