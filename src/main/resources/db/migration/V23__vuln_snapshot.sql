-- Sources whose files are snapshots (the KEV catalog, an EPSS score set, a publisher's advisory list): which
-- snapshot is current, so a newer one replaces the stored records whole (what it no longer lists is removed)
-- and an older one, imported late, is skipped instead of rolling the data back (docs/vulnerabilities.md,
-- "Snapshots and increments"). One row per source and publisher: KEV and EPSS are one source each whoever
-- signs them (publisher ''), advisories are per publisher (the signer's key fingerprint), since each
-- publisher's list is whole only for what that publisher says.
CREATE TABLE vuln_snapshot (
    source      VARCHAR(20) NOT NULL,
    publisher   VARCHAR(64) NOT NULL,
    -- the snapshot's own version where the data states one: KEV catalogVersion (or the manifest's "kev"
    -- source version for the CSV), EPSS score date; null for advisories, which are ordered by created_at
    version     VARCHAR(500),
    -- when the publisher made the bundle that brought the snapshot (its signed manifest's createdAt)
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    bundle_id   BIGINT NOT NULL REFERENCES data_bundle (id),
    CONSTRAINT vuln_snapshot_pk PRIMARY KEY (source, publisher)
);

-- Data imported before this table existed: its newest snapshot is current, so an older bundle imported from
-- now on cannot roll it back either.
INSERT INTO vuln_snapshot (source, publisher, version, created_at, bundle_id)
SELECT 'kev', '', MAX(k.catalog_version), MAX(b.created_at), MAX(b.id)
FROM vuln_kev k JOIN data_bundle b ON b.id = k.bundle_id HAVING COUNT(*) > 0;

INSERT INTO vuln_snapshot (source, publisher, version, created_at, bundle_id)
SELECT 'epss', '', CAST(MAX(e.score_date) AS VARCHAR(500)), MAX(b.created_at), MAX(b.id)
FROM vuln_epss e JOIN data_bundle b ON b.id = e.bundle_id HAVING COUNT(*) > 0;

INSERT INTO vuln_snapshot (source, publisher, version, created_at, bundle_id)
SELECT 'advisories', b.signer_fingerprint, NULL, MAX(b.created_at), MAX(b.id)
FROM vuln_advisory a JOIN data_bundle b ON b.id = a.bundle_id GROUP BY b.signer_fingerprint;
