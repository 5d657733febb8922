package io.camwarden.checks.registry;

import io.camwarden.checks.CheckSubject;
import io.camwarden.checks.CheckUnit;
import io.camwarden.checks.Decision;
import io.camwarden.checks.DeviceFacts;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.questionnaire.Answer;
import io.camwarden.domain.questionnaire.Question;
import io.camwarden.domain.questionnaire.Questionnaire;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A check decided by the owner questionnaire (AUTH-07, AUTH-10, NET-03, NET-06, NET-08, FW-05, CFG-02, CFG-03,
 * CFG-05, CFG-06, CFG-07, DAT-01, DAT-02, DAT-04, GOV-03): the answers the device's information system gave to the
 * questions of this check that its level asks. One instance per check; the questions come from the shipped
 * questionnaire. An answer counts while it is valid (until the system's next periodic assessment, or a year)
 * and not rejected by the regulator:
 * <ul>
 *   <li>FAIL when any counting answer does not comply, quoting what the regulation asks;</li>
 *   <li>NOT_TESTED while a question has no counting answer, naming the questions to answer and where;</li>
 *   <li>PASS when every question asked has a compliant counting answer.</li>
 * </ul>
 */
public final class QuestionnaireCheck implements CheckUnit {

    private final String checkId;
    private final String notObservable;
    private final int version;
    private final List<Question> questions;

    public QuestionnaireCheck(String checkId, String notObservable, Questionnaire questionnaire) {
        this.checkId = checkId;
        this.notObservable = notObservable;
        this.version = questionnaire.version();
        this.questions = questionnaire.forCheck(checkId);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("questionnaire version " + version + " has no question for " + checkId);
        }
    }

    /** Why no probe can observe each check the questionnaire decides (shown in docs/checks.md). */
    static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("AUTH-07", "Measuring a lockout means sending failed logins until the device locks; on a"
                    + " production camera that locks out its operators, so routine assessments do not do it (the"
                    + " credential audit stops at the first sign of a lockout)."),
            Map.entry("AUTH-10", "MFA and the password policy for VMS/NVR administration are settings of the"
                    + " management software, not visible from the network."),
            Map.entry("NET-03", "Vendor P2P and cloud relays are outbound connections the camera makes; probing the"
                    + " camera does not show them, and whether they are allowed is a matter of the system's approved"
                    + " architecture."),
            Map.entry("NET-06", "Isolation is a property of the firewall between zones: a probe from the management"
                    + " network, where CamWarden runs, reaches the cameras whether or not user and guest zones can, and"
                    + " an audit sees only hosts that answer, so a passing segment leaves nothing to observe. The"
                    + " firewall rules and flow logs decide it."),
            Map.entry("CFG-07", "Recovery after a reboot or power loss and gaps in recording show over weeks, in the"
                    + " VMS or NVR that watches every camera all the time; one assessment sees one moment."),
            Map.entry("NET-08", "Whether administrators come in through a VPN or jump host is a property of the network"
                    + " design, not of the camera."),
            Map.entry("FW-05", "How a device fetches and verifies updates (signed images, secure channel) cannot be"
                    + " seen without triggering an update."),
            Map.entry("CFG-02", "Whether logs are kept, centralised and retained for the level's period (TCVN"
                    + " 14423:2026: 1 month at L2 up to 12 months at L5) is a data-retention policy of the owner's"
                    + " systems."),
            Map.entry("CFG-03", "The web session timeout shows only after logging in and waiting; CamWarden does not"
                    + " hold sessions open on production devices."),
            Map.entry("CFG-05", "Physical ports, reset buttons and debug headers are seen on site; the network-visible"
                    + " part (debug services such as XM 9527, Telnet) is NET-04."),
            Map.entry("CFG-06", "Drift compares the whole configuration with an approved per-model baseline; the"
                    + " configuration is readable only with the owner's credentials, per vendor, and CamWarden does"
                    + " not export configurations (a read-only ONVIF/ISAPI/CGI export is not built)."),
            Map.entry("DAT-01", "Where recordings are stored and processed (NVR, VMS, cloud region) is a property of"
                    + " the system's architecture and contracts."),
            Map.entry("DAT-02", "Role restrictions and playback logging are settings and records of the VMS."),
            Map.entry("DAT-04", "Purpose, signage, privacy masking and the impact assessment are documents and"
                    + " on-site facts."),
            Map.entry("GOV-03", "Monitoring and reporting duties (Circular 31/2017 weekly and six-monthly reports, the"
                    + " annual report at L3-5) are met by documents."));

    /** One unit per check the questionnaire decides. */
    public static List<CheckUnit> all(Questionnaire questionnaire) {
        return all(questionnaire, WHY);
    }

    static List<CheckUnit> all(Questionnaire questionnaire, Map<String, String> why) {
        List<CheckUnit> units = new ArrayList<>();
        for (String id : questionnaire.checkIds()) {
            String reason = why.get(id);
            if (reason == null) {
                throw new IllegalArgumentException("the questionnaire decides " + id + " but no reason says why it"
                        + " cannot be observed over the network");
            }
            units.add(new QuestionnaireCheck(id, reason, questionnaire));
        }
        return units;
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
        List<String> asked = new ArrayList<>();
        for (Question q : questions) {
            asked.add(q.id() + (q.minLevel() == null || q.minLevel() <= 1 ? "" : " (from level " + q.minLevel() + ")")
                    + " \"" + q.text(io.camwarden.domain.Language.EN) + "\" — compliant: " + compliantText(q)
                    + (q.evidenceRequired() ? "; a document reference is required" : ""));
        }
        return "Owner questionnaire (version " + version + ") per information system, answered in the console (the"
                + " system's page) or with PUT /api/v1/information-systems/{id}/questionnaire/{questionId}; every"
                + " device of the system inherits the answers. Questions: " + String.join("; ", asked) + ". An"
                + " answer counts until the system's next periodic assessment or for a year, whichever is sooner,"
                + " unless the regulator rejects it. FAIL when a counting answer does not comply, quoting what the"
                + " regulation asks; NOT_TESTED while a question asked at the system's level has no counting answer"
                + " (unanswered, rejected or expired), or the device has no information system; PASS when every"
                + " question asked has a compliant answer.";
    }

    private static String compliantText(Question q) {
        if (q.numberRanges().size() < 2) {
            return q.compliantAnswer(null);
        }
        List<String> parts = new ArrayList<>();
        q.numberRanges().forEach((level, range) -> parts.add(range.describe(q.unit()) + " at level " + level
                + (level.equals(q.numberRanges().lastKey()) ? "" : "+")));
        return String.join(", ", parts);
    }

    @Override
    public Decision decide(CheckSubject subject) {
        DeviceFacts f = subject.facts();
        InformationSystem s = f.system();
        if (s == null) {
            return Decision.notTested(new FactList().add("device.information_system_id", null, f.deviceSource())
                    .evidence("The device belongs to no information system, and the owner questionnaire is answered"
                            + " per system: assign the device to its system (INV-02 reports it), then answer questions "
                            + ids(questions) + " for that system."));
        }
        Integer level = s.securityLevel();
        Map<String, Answer> answers = new HashMap<>();
        f.answers().forEach(a -> answers.put(a.questionId(), a));
        String src = "owner questionnaire v" + version + " of " + f.systemSource();
        FactList facts = new FactList();
        List<String> failing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Question> asked = new ArrayList<>();
        for (Question q : questions) {
            if (!q.appliesAt(level)) {
                continue;
            }
            asked.add(q);
            Answer a = answers.get(q.id());
            String rule = q.compliantAnswer(level) + (level == null && q.numberRanges().size() > 1
                    ? " (the lowest level's rule: the system's level is unknown)" : "");
            facts.add(q.id() + ".compliant_answer", rule, "questionnaire v" + version + " " + q.id() + ": "
                    + q.requirement());
            if (a == null) {
                facts.add(q.id() + ".answer", null, src);
                missing.add(q.id() + " is unanswered");
                continue;
            }
            facts.add(q.id() + ".answer", q.describe(a.answer()), src)
                    .add(q.id() + ".answered", "by " + a.answeredBy() + " at " + a.answeredAt(), src)
                    .add(q.id() + ".evidence_reference", a.evidenceReference(), src);
            Answer.Status status = a.status(f.today(), s.nextAssessmentOn());
            String until = a.validUntil(s.nextAssessmentOn()).toString();
            switch (status) {
                case REJECTED -> {
                    facts.add(q.id() + ".review", "REJECTED by " + a.reviewedBy() + " on " + day(a.reviewedAt())
                            + ": " + a.reviewNote(), src);
                    missing.add(q.id() + " was rejected by " + a.reviewedBy() + " (\"" + a.reviewNote() + "\")");
                }
                case EXPIRED -> {
                    facts.add(q.id() + ".valid_until", until + " (expired)", src);
                    missing.add(q.id() + " was answered on " + a.answeredOn() + " and expired after " + until);
                }
                default -> {
                    facts.add(q.id() + ".valid_until", until, src)
                            .add(q.id() + ".review", a.review() == null ? "not reviewed yet"
                                    : "ACCEPTED by " + a.reviewedBy() + " on " + day(a.reviewedAt()), src);
                    if (q.parse(a.answer()).error() != null) {
                        missing.add(q.id() + " has an answer this questionnaire version cannot read");
                    } else if (!q.complies(a.answer(), level)) {
                        failing.add("question " + q.id() + " (\"" + q.text(io.camwarden.domain.Language.EN)
                                + "\") was answered " + q.describe(a.answer()) + " by " + a.answeredBy() + " on "
                                + a.answeredOn() + "; " + (level == null ? "" : "at level " + level + " ")
                                + "the answer must be " + rule + ". " + q.requirement());
                    }
                }
            }
        }
        if (asked.isEmpty()) {
            return Decision.notApplicable(facts.evidence("No question of " + checkId + " is asked at level " + level
                    + "."));
        }
        if (!failing.isEmpty()) {
            return Decision.fail(facts.evidence("Information system '" + s.name() + "': " + failing.getFirst()
                    + (failing.size() > 1 ? " " + (failing.size() - 1) + " more answer" + (failing.size() == 2
                    ? " does" : "s do") + " not comply either." : "")));
        }
        if (!missing.isEmpty()) {
            return Decision.notTested(facts.evidence("The owner questionnaire of information system '" + s.name()
                    + "' does not answer " + checkId + " yet: " + String.join("; ", missing) + ". Answer "
                    + (missing.size() == 1 ? "it" : "them") + " on the system's page in the console (Questionnaire),"
                    + " or with PUT /api/v1/information-systems/" + s.id() + "/questionnaire/{questionId}."));
        }
        return Decision.pass(facts.evidence("Information system '" + s.name() + "' answered every question of "
                + checkId + " asked " + (level == null ? "at an unknown level" : "at level " + level) + " compliantly ("
                + ids(asked) + ")."));
    }

    private static String ids(List<Question> qs) {
        return String.join(", ", qs.stream().map(Question::id).toList());
    }

    private static String day(java.time.Instant at) {
        return at == null ? "(unknown)" : at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
