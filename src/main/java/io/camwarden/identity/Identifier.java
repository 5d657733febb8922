package io.camwarden.identity;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.Service;
import io.camwarden.fingerprint.Fingerprinter;
import java.util.Collection;
import java.util.List;

/**
 * What a host is, from everything observed on it: fingerprint every observation, fuse the claims,
 * name the result as a CPE. Build one (it holds the compiled fingerprints) and share it across hosts
 * and threads.
 */
public final class Identifier {

    private final Fingerprinter fingerprinter;
    private final IdentityFusion fusion;
    private final CpeNamer cpeNamer;

    public Identifier(Fingerprinter fingerprinter, IdentityFusion fusion, CpeNamer cpeNamer) {
        this.fingerprinter = fingerprinter;
        this.fusion = fusion;
        this.cpeNamer = cpeNamer;
    }

    /** The shipped fingerprints and the default CPE naming. */
    public static Identifier bundled() {
        return withCpeNamer(new DefaultCpeNamer());
    }

    /** The shipped fingerprints with another CPE naming (the vulnerability stage's). */
    public static Identifier withCpeNamer(CpeNamer cpeNamer) {
        return new Identifier(Fingerprinter.bundled(), IdentityFusion.bundled(), cpeNamer);
    }

    public Identity identify(Collection<Observation> observations) {
        Identity fused = fusion.fuse(fingerprinter.claims(observations));
        String cpe = cpeNamer.name(fused).orElse(null);
        return new Identity(fused.vendor(), fused.model(), fused.firmware(), fused.hardware(), fused.serial(),
                fused.deviceKind(), cpe);
    }

    /** The identity of a host from the evidence of all its services. */
    public Identity identifyServices(List<Service> services) {
        return identify(services.stream().flatMap(s -> s.evidence().stream()).toList());
    }
}
