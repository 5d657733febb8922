package io.camwarden.vuln.store;

import io.camwarden.domain.vuln.Vulnerability;

/**
 * One CVE from its NVD and CVE JSON 5 records. NVD's analysis comes first — its configurations, CVSS and
 * weaknesses are what the matcher was built for — and the CVE 5 record fills what NVD lacks: the
 * configurations CamWarden derived from its {@code affected} data (only when NVD has none), its description,
 * scores and dates, and always its {@code affected} list.
 */
public final class CveSources {

    private CveSources() {
    }

    public static Vulnerability merge(Vulnerability nvd, Vulnerability cve5) {
        if (nvd == null) {
            return cve5;
        }
        if (cve5 == null) {
            return nvd;
        }
        return new Vulnerability(nvd.id(),
                nvd.description() != null ? nvd.description() : cve5.description(),
                nvd.published() != null ? nvd.published() : cve5.published(),
                nvd.lastModified() != null ? nvd.lastModified() : cve5.lastModified(),
                nvd.status() != null ? nvd.status() : cve5.status(),
                nvd.cvss().isEmpty() ? cve5.cvss() : nvd.cvss(),
                nvd.cwes().isEmpty() ? cve5.cwes() : nvd.cwes(),
                nvd.configurations().isEmpty() ? cve5.configurations() : nvd.configurations(),
                cve5.affected().isEmpty() ? nvd.affected() : cve5.affected());
    }
}
