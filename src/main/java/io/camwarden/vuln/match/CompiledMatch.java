package io.camwarden.vuln.match;

/**
 * A {@code cpeMatch} of a configuration, ready to evaluate: whether it is vulnerable (or a platform), its
 * criteria parsed, its range bounds read, and its role. It keeps nothing of the record it came from, not even
 * its place in it: NVD repeats the same cpeMatch in many CVEs and configurations, and the compiler shares one
 * instance among them (records are equal by content), so the place comes from the walk ({@link Place}).
 */
record CompiledMatch(boolean vulnerable, CompiledCriterion criterion, Role role, Bound start, Bound end) {

    /** Where a match sits: 1-based configuration, node and match numbers, as an operator reads the JSON. */
    record Place(int configuration, int node, int match) {

        String where() {
            return "configuration " + configuration + ", node " + node + ", match " + match;
        }
    }

    /** What the product of a cpeMatch is compared with. */
    enum Role {
        /** The product names the device (its hardware, or the firmware of a named model): compare the model. */
        NAMED,
        /**
         * Firmware or software of the device in a configuration whose hardware node names the model, under a
         * name that is not the model's ({@code o:foscam:ip_camera_firmware} on {@code h:foscam:fi9821w},
         * {@code o:foscam:c2_system_firmware} on {@code h:foscam:c2}): the hardware decides the model, this
         * match only the version.
         */
        DEVICE_SOFTWARE
    }

    boolean hasRange() {
        return start != null || end != null;
    }

    /** The versions this match covers, in words: "from 5.2.0 (including) up to 5.4.5 (excluding)", "version -". */
    String range() {
        if (hasRange()) {
            return (start == null ? "" : start.describe()) + (start != null && end != null ? " " : "")
                    + (end == null ? "" : end.describe());
        }
        String v = criterion.version();
        return v.equals(CompiledCriterion.ANY) ? "any version" : "version " + v;
    }
}
