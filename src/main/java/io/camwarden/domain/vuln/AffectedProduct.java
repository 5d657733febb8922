package io.camwarden.domain.vuln;

import java.util.List;

/**
 * What a CVE JSON 5 record's {@code affected} array says about one product (from the CNA or an ADP such
 * as CISA's vulnrichment): vendor, product and version entries. Names are as the record spells them,
 * not CPE tokens.
 */
public record AffectedProduct(String vendor, String product, String defaultStatus, List<AffectedVersion> versions,
                              List<String> cpes) {

    public AffectedProduct {
        versions = versions == null ? List.of() : List.copyOf(versions);
        cpes = cpes == null ? List.of() : List.copyOf(cpes);
    }

    /**
     * One CVE 5 version entry: {@code version} with {@code status} ("affected", "unaffected", "unknown"),
     * optionally up to {@code lessThan} or {@code lessThanOrEqual} in {@code versionType}.
     */
    public record AffectedVersion(String version, String status, String lessThan, String lessThanOrEqual,
                                  String versionType) {
    }
}
