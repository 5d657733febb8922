-- A KEV CSV's catalog version comes from the manifest's source versions, which may be up to 500 characters.
ALTER TABLE vuln_kev ALTER COLUMN catalog_version SET DATA TYPE VARCHAR(500);
