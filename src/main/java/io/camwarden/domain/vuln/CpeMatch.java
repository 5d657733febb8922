package io.camwarden.domain.vuln;

/**
 * One {@code cpeMatch} of an NVD configuration node: a CPE 2.3 name (possibly with wildcards) and an
 * optional version range. {@code vulnerable} false marks a platform the vulnerable thing must run on
 * (the camera hardware under a vulnerable firmware), not a vulnerable thing itself. Range bounds are
 * null when absent; NVD gives at most one start and one end bound.
 */
public record CpeMatch(boolean vulnerable, String criteria, String versionStartIncluding,
                       String versionStartExcluding, String versionEndIncluding, String versionEndExcluding,
                       String matchCriteriaId) {

    public CpeMatch {
        if (criteria == null || criteria.isBlank()) {
            throw new IllegalArgumentException("a cpeMatch needs its criteria (a CPE 2.3 name)");
        }
    }

    /** True when any range bound is given. */
    public boolean hasRange() {
        return versionStartIncluding != null || versionStartExcluding != null
                || versionEndIncluding != null || versionEndExcluding != null;
    }
}
