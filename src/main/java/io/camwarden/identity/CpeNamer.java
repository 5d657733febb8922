package io.camwarden.identity;

import io.camwarden.domain.scan.Identity;
import java.util.Optional;

/**
 * Names an identity as a CPE 2.3 formatted string for vulnerability matching, or not at all when the
 * identity does not pin a product down. An interface because the vendor and product tokens must be
 * the ones the vulnerability data uses (NVD writes "dahuasecurity", not "dahua"): the vulnerability
 * stage provides that mapping; {@link DefaultCpeNamer} is the plain fallback.
 */
@FunctionalInterface
public interface CpeNamer {

    Optional<String> name(Identity identity);
}
