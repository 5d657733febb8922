package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleManifest;
import java.nio.file.Path;

/**
 * Takes the content of a verified bundle into the database: vulnerability records, KEV entries, EPSS
 * scores, fingerprints. Every Spring bean implementing this is called, in {@code @Order}, for each
 * newly imported bundle; each picks the files it knows from the manifest and ignores the rest.
 *
 * <p>It runs inside the transaction that records the bundle: throwing refuses the bundle, and then
 * neither the bundle nor anything any importer wrote for it is kept. The files in {@code directory}
 * have been checked against the signed manifest; the directory is deleted after the call.
 */
public interface BundleContentImporter {

    /**
     * @param bundleId  the {@code data_bundle} row, for imported records to say which bundle brought them
     * @param manifest  the signed manifest: file paths, sizes, source versions, creation time
     * @param directory where the verified files are, at their manifest paths
     * @param progress  hears the records imported per file, for the CLI's progress bar
     * @return one line on what was imported (e.g. "691 CVE records, 1404 KEV entries"), shown to the operator
     */
    String importBundle(long bundleId, BundleManifest manifest, Path directory, BundleProgress progress);
}
