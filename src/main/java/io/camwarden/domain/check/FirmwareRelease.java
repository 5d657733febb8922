package io.camwarden.domain.check;

import java.time.LocalDate;

/**
 * A firmware build known to exist for a vendor's models (check FW-01): from the regulator's firmware register,
 * from a vendor advisory's fixed build, or seen running on another device of the same model in the fleet.
 *
 * @param modelPattern a glob over the model name, case-insensitive, '-', '_' and spaces ignored ("DS-2CD2*")
 * @param releasedOn   when the vendor published it; null when not known (a build seen in the fleet)
 * @param security     whether the release fixes vulnerabilities: true for advisories' fixed builds and register
 *                     entries marked so; false for builds seen in the fleet, whose content is not known
 * @param origin       which of the three it is
 * @param source       where the fact comes from, for the evidence ("firmware register entry 4", "advisory
 *                     HSRC-202108-01", "device 17")
 */
public record FirmwareRelease(String vendor, String modelPattern, String version, LocalDate releasedOn,
                              boolean security, String reference, Origin origin, String source) {

    public enum Origin {
        /** The regulator's firmware register. */
        REGISTER,
        /** The fixed build of an imported vendor advisory: a security release. */
        ADVISORY,
        /** Running on another registered device of the same model: real, but what it fixes is not known. */
        FLEET
    }
}
