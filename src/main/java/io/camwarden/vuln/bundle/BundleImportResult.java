package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.DataBundle;
import java.util.List;

/**
 * The outcome of an import that was accepted.
 *
 * @param alreadyImported the same signed manifest had been imported before; nothing changed
 * @param content         one line per content importer on what it took in; empty when already imported
 */
public record BundleImportResult(DataBundle bundle, boolean alreadyImported, List<String> content) {
}
