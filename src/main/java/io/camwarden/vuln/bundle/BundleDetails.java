package io.camwarden.vuln.bundle;

import io.camwarden.domain.vuln.BundleFile;
import io.camwarden.domain.vuln.DataBundle;
import java.util.List;

/** An imported bundle with the files its signed manifest lists. */
public record BundleDetails(DataBundle bundle, List<BundleFile> files) {
}
