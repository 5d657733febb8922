package io.camwarden.checks;

import io.camwarden.checks.registry.CertificateCheck;
import io.camwarden.checks.registry.DecommissionWipeCheck;
import io.camwarden.checks.registry.ExposureReportCheck;
import io.camwarden.checks.registry.QuestionnaireCheck;
import io.camwarden.checks.registry.RemediationOverdueCheck;
import io.camwarden.checks.registry.VendorRegisterCheck;
import io.camwarden.checks.registry.VulnerabilityCheck;
import io.camwarden.questionnaire.QuestionnaireFile;
import io.camwarden.checks.registry.ContactCheck;
import io.camwarden.checks.registry.EndOfSupportCheck;
import io.camwarden.checks.registry.FirmwareCurrencyCheck;
import io.camwarden.checks.registry.InformationSystemAssignmentCheck;
import io.camwarden.checks.registry.LevelDossierCheck;
import io.camwarden.checks.registry.PeriodicAssessmentCheck;
import io.camwarden.checks.registry.Qcvn135Check;
import io.camwarden.checks.registry.RogueDeviceCheck;
import io.camwarden.checks.registry.WarnedVendorCheck;
import io.camwarden.identity.VendorNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check unit CamWarden has, by check ID. Network units are added here as they are written; what
 * has no unit is described by {@link Coverage}.
 */
public final class CheckUnits {

    private final Map<String, CheckUnit> units = new LinkedHashMap<>();

    public CheckUnits(List<CheckUnit> all) {
        for (CheckUnit u : all) {
            if (units.put(u.checkId(), u) != null) {
                throw new IllegalStateException("two check units decide " + u.checkId());
            }
        }
    }

    /** The units shipped with CamWarden. */
    public static CheckUnits standard(VendorNames vendorNames) {
        List<CheckUnit> all = new java.util.ArrayList<>(List.of(new RogueDeviceCheck(), new InformationSystemAssignmentCheck(),
                new CertificateCheck(), new Qcvn135Check(), new WarnedVendorCheck(vendorNames),
                new EndOfSupportCheck(), new ContactCheck(), new FirmwareCurrencyCheck(), new LevelDossierCheck(),
                new PeriodicAssessmentCheck(), io.camwarden.checks.network.NetworkChecks.defaultCredentials(),
                io.camwarden.checks.network.NetworkChecks.weakPasswords(),
                io.camwarden.checks.network.NetworkChecks.openVideo(),
                io.camwarden.checks.network.NetworkChecks.openManagement(),
                io.camwarden.checks.network.NetworkChecks.cleartextCredentials(),
                io.camwarden.checks.network.NetworkChecks.upnp(),
                io.camwarden.checks.network.NetworkChecks.insecureServices(),
                io.camwarden.checks.network.NetworkChecks.controlPorts(),
                io.camwarden.checks.network.NetworkChecks.httpsAdmin(),
                io.camwarden.checks.network.NetworkChecks.weakTls(),
                io.camwarden.checks.network.NetworkChecks.defaultCertificate(),
                io.camwarden.checks.network.NetworkChecks.clock(),
                io.camwarden.checks.network.NetworkChecks.encryptedVideo(),
                io.camwarden.checks.network.NetworkChecks.extraAccounts(),
                io.camwarden.checks.network.NetworkChecks.accessFilter(),
                io.camwarden.checks.network.NetworkChecks.activation(),
                new io.camwarden.checks.credential.CredentialReuseCheck(),
                new DecommissionWipeCheck(), new VendorRegisterCheck(vendorNames),
                ExposureReportCheck.internetExposure(), ExposureReportCheck.botnet(), new RemediationOverdueCheck(),
                new io.camwarden.checks.registry.NotificationCheck(),
                VulnerabilityCheck.knownExploited(), VulnerabilityCheck.highSeverity()));
        all.addAll(QuestionnaireCheck.all(QuestionnaireFile.shipped()));
        return new CheckUnits(all);
    }

    public Optional<CheckUnit> unit(String checkId) {
        return Optional.ofNullable(units.get(checkId));
    }

    public Map<String, CheckUnit> all() {
        return Map.copyOf(units);
    }

    /** How a check is decided: by its unit, or as {@link Coverage} describes it. */
    public Implementation implementation(String checkId) {
        CheckUnit u = units.get(checkId);
        if (u != null) {
            if (u.notObservable() != null) {
                return new Implementation(Implementation.Status.COLLECTED, u.notObservable(), u.howDecided(), null);
            }
            return u.awaiting() == null
                    ? new Implementation(Implementation.Status.IMPLEMENTED, u.howDecided(), null, null)
                    : new Implementation(Implementation.Status.AWAITING, u.howDecided(), null, u.awaiting());
        }
        return Coverage.of(checkId).map(e -> new Implementation(switch (e.kind()) {
            case NETWORK -> Implementation.Status.NETWORK;
            case NOT_OBSERVABLE -> Implementation.Status.NOT_OBSERVABLE;
        }, e.how(), e.collectedBy(), null)).orElse(new Implementation(Implementation.Status.UNKNOWN,
                "No unit and no collection method is known for this check.", null, null));
    }
}
