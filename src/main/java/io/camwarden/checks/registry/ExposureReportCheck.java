package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.check.ExposureReport;
import java.util.List;

/**
 * NET-01 (reachable from the Internet) and NET-07 (botnet traffic), decided from reports imported per address
 * (POST /api/v1/exposure-reports): an ISP's external scan or an Internet-scan feed for NET-01; IDS alerts,
 * flow analysis or abuse reports for NET-07. A report within the window that names one of the device's
 * addresses fails the check. Silence proves something only when reports of that kind arrived in the window.
 */
public final class ExposureReportCheck implements CheckUnit {

    private final String checkId;
    private final ExposureReport.Kind kind;
    private final String notObservable;
    private final String sources;

    private ExposureReportCheck(String checkId, ExposureReport.Kind kind, String notObservable, String sources) {
        this.checkId = checkId;
        this.kind = kind;
        this.notObservable = notObservable;
        this.sources = sources;
    }

    public static ExposureReportCheck internetExposure() {
        return new ExposureReportCheck("NET-01", ExposureReport.Kind.INTERNET_EXPOSED, "CamWarden runs inside the"
                + " city's own network; whether a camera answers from the Internet can only be seen from an Internet"
                + " vantage point.", "external-scan reports of ISPs (Directive 23 §8a-b) or Internet-scan feeds");
    }

    public static ExposureReportCheck botnet() {
        return new ExposureReportCheck("NET-07", ExposureReport.Kind.BOTNET, "Botnet traffic is outbound traffic from"
                + " the camera; probing the camera does not show it.", "IDS alerts, flow analysis or ISP abuse"
                + " reports");
    }

    @Override
    public String checkId() {
        return checkId;
    }

    @Override
    public String notObservable() {
        return notObservable;
    }

    @Override
    public String howDecided() {
        return "Reports imported per address with POST /api/v1/exposure-reports (CSV: address, port, seen_at, source,"
                + " kind " + kind.code() + "), from " + sources + ". FAIL when a report seen within the window"
                + " (camwarden.exposure.window-days, 30 days by default) names one of the device's registered"
                + " addresses; PASS when " + kind.code() + " reports arrived in the window and none names them;"
                + " NOT_TESTED when the device has no registered address or no " + kind.code() + " report arrived in"
                + " the window. A camera behind NAT is reported under its public address: register that address"
                + " on the device too.";
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        DeviceFacts.Exposure e = f.exposure();
        List<String> addresses = f.device().addresses();
        FactList facts = new FactList().add("device.addresses", String.join(", ", addresses), f.deviceSource())
                .add("window_days", e.windowDays(), "camwarden.exposure.window-days");
        if (addresses.isEmpty()) {
            return Decision.notTested(facts.evidence("The device has no registered address, so no " + kind.code()
                    + " report can name it: record its addresses (its public one too, if it is behind NAT)."));
        }
        List<ExposureReport> matching = e.matching().stream().filter(r -> r.kind() == kind).toList();
        int inWindow = e.reportsInWindow().getOrDefault(kind, 0);
        facts.add("reports_in_window", inWindow, "exposure reports of kind " + kind.code());
        for (ExposureReport r : matching) {
            facts.add("report." + r.id(), r.ip() + (r.port() == null ? "" : ":" + r.port()) + " seen " + r.seenAt()
                    + (r.detail() == null ? "" : " (" + r.detail() + ")"), "exposure report " + r.id() + " from "
                    + r.source() + ", imported by " + r.importedBy());
        }
        if (!matching.isEmpty()) {
            ExposureReport first = matching.getFirst();
            String what = kind == ExposureReport.Kind.INTERNET_EXPOSED
                    ? "was reachable from the Internet" + (first.port() == null ? "" : " on port " + first.port())
                    : "sent botnet traffic";
            return Decision.fail(facts.evidence("Address " + first.ip() + " " + what + " on " + first.seenAt()
                    + ", says " + first.source() + (matching.size() > 1 ? " (" + (matching.size() - 1)
                    + " more report" + (matching.size() == 2 ? "" : "s") + " in the window)" : "") + ". "
                    + (kind == ExposureReport.Kind.INTERNET_EXPOSED
                    ? "Close the port forwarding or UPnP mapping and reach the device only through an approved VPN."
                    : "Isolate the device, reset it to factory settings, update its firmware and change its"
                            + " credentials.")));
        }
        if (inWindow == 0) {
            return Decision.notTested(facts.evidence("No " + kind.code() + " report arrived in the last "
                    + e.windowDays() + " days, so the absence of one for this device proves nothing: import the"
                    + " latest " + sources + " (POST /api/v1/exposure-reports)."));
        }
        return Decision.pass(facts.evidence("None of the " + inWindow + " " + kind.code() + " reports of the last "
                + e.windowDays() + " days names the device's addresses."));
    }
}
