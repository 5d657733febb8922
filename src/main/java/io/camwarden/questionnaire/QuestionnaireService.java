package io.camwarden.questionnaire;

import io.camwarden.auditlog.AuditLog;
import io.camwarden.checks.RegulatorOnly;
import io.camwarden.checks.RuleSetService;
import io.camwarden.domain.Caller;
import io.camwarden.domain.InformationSystem;
import io.camwarden.domain.Language;
import io.camwarden.domain.questionnaire.Answer;
import io.camwarden.domain.questionnaire.Question;
import io.camwarden.domain.questionnaire.Questionnaire;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.NotFoundException;
import io.camwarden.registry.Text;
import io.camwarden.registry.Writes;
import io.camwarden.registry.system.InformationSystemRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner questionnaire: the questions (shipped in the jar, {@link QuestionnaireFile}), and the answers each
 * information system gives. Owners and ISPs answer for the systems in their scope, the regulator and
 * administrators for any; only the regulator and administrators review. The checks read the answers through
 * {@link io.camwarden.checks.DeviceFactsLoader}; every device of the system inherits them.
 */
@Service
public class QuestionnaireService {

    static final int MAX_EVIDENCE = 1000;
    static final int MAX_NOTE = 2000;

    private final Questionnaire questionnaire = QuestionnaireFile.shipped();
    private final QuestionnaireRepository repo;
    private final InformationSystemRepository systems;
    private final RuleSetService ruleSets;
    private final AuditLog audit;
    private final Clock clock;

    public QuestionnaireService(QuestionnaireRepository repo, InformationSystemRepository systems,
                                RuleSetService ruleSets, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.systems = systems;
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.clock = clock;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public QuestionnaireList questions(Language language) {
        return new QuestionnaireList(questionnaire.version(), language.code(),
                questionnaire.questions().stream().map(q -> QuestionView.of(q, language, null)).toList());
    }

    @Transactional(readOnly = true)
    public SystemQuestionnaire forSystem(Caller caller, long systemId, Language language) {
        InformationSystem s = system(caller, systemId);
        Map<String, Answer> answers = new HashMap<>();
        repo.forSystem(caller.scope(), systemId).forEach(a -> answers.put(a.questionId(), a));
        var catalogue = ruleSets.activeCatalogue();
        LocalDate today = LocalDate.now(clock);
        List<QuestionnaireItem> items = questionnaire.questions().stream().map(q -> item(s, q, answers.get(q.id()),
                asked(q, s, catalogue), language, today)).toList();
        int asked = (int) items.stream().filter(QuestionnaireItem::asked).count();
        int answered = (int) items.stream().filter(i -> i.asked() && (i.status().equals("VALID")
                || i.status().equals("ACCEPTED"))).count();
        return new SystemQuestionnaire(s.id(), s.name(), s.securityLevel(), s.nextAssessmentOn(),
                questionnaire.version(), language.code(), asked, answered, items);
    }

    @Transactional
    public QuestionnaireItem answer(Caller caller, long systemId, String questionId, AnswerRequest r,
                                    Language language) {
        Writes.requireWriter(caller);
        InformationSystem s = system(caller, systemId);
        Question q = question(questionId);
        FieldErrors errors = new FieldErrors();
        AnswerRequest req = r == null ? new AnswerRequest(null, null, null) : r;
        Question.Result parsed = q.parse(req.answer());
        if (parsed.error() != null) {
            errors.add("answer", parsed.error());
        }
        String evidence = Text.trim(req.evidenceReference());
        if (evidence == null && q.evidenceRequired()) {
            errors.add("evidenceReference", "is required for question " + q.id() + ": name the document that shows"
                    + " the answer (file number, title or where it is kept)");
        }
        String note = Text.trim(req.note());
        length(errors, "evidenceReference", evidence, MAX_EVIDENCE);
        length(errors, "note", note, MAX_NOTE);
        errors.throwIfAny();
        Answer a = new Answer(systemId, q.id(), questionnaire.version(), parsed.value(), evidence, note,
                caller.username(), Instant.now(clock), null, null, null, null);
        repo.save(a);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("question", q.id());
        detail.put("check", q.checkId());
        detail.put("answer", a.answer());
        detail.put("evidenceReference", evidence);
        audit.record("questionnaire.answer", "information_system", systemId, detail);
        return current(caller, s, q, language);
    }

    @Transactional
    public QuestionnaireItem review(Caller caller, long systemId, String questionId, ReviewRequest r,
                                    Language language) {
        RegulatorOnly.require(caller, "review questionnaire answers");
        InformationSystem s = system(caller, systemId);
        Question q = question(questionId);
        Answer a = repo.forSystem(caller.scope(), systemId).stream().filter(x -> x.questionId().equals(q.id()))
                .findFirst().orElseThrow(() -> new NotFoundException("answer of information system " + systemId
                        + " to question", q.id()));
        FieldErrors errors = new FieldErrors();
        Answer.Review decision = null;
        String given = r == null || r.decision() == null ? "" : r.decision().strip().toUpperCase(Locale.ROOT);
        try {
            decision = Answer.Review.valueOf(given);
        } catch (IllegalArgumentException e) {
            errors.add("decision", "'" + (r == null ? null : r.decision()) + "' is not ACCEPTED or REJECTED");
        }
        String note = r == null ? null : Text.trim(r.note());
        if (decision == Answer.Review.REJECTED && note == null) {
            errors.add("note", "is required to reject an answer: tell the owner what is wrong or missing");
        }
        length(errors, "note", note, MAX_NOTE);
        errors.throwIfAny();
        repo.review(systemId, q.id(), decision, note, caller.username(), Instant.now(clock));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("question", q.id());
        detail.put("answer", a.answer());
        detail.put("answeredBy", a.answeredBy());
        detail.put("decision", decision.name());
        detail.put("note", note);
        audit.record("questionnaire.review", "information_system", systemId, detail);
        return current(caller, s, q, language);
    }

    private QuestionnaireItem current(Caller caller, InformationSystem s, Question q, Language language) {
        Answer a = repo.forSystem(caller.scope(), s.id()).stream().filter(x -> x.questionId().equals(q.id()))
                .findFirst().orElse(null);
        return item(s, q, a, asked(q, s, ruleSets.activeCatalogue()), language, LocalDate.now(clock));
    }

    /** Whether the system's level asks the question: the question's own minimum, and its check's. */
    static boolean asked(Question q, InformationSystem s, io.camwarden.domain.check.Catalogue catalogue) {
        Integer level = s.securityLevel();
        return q.appliesAt(level) && catalogue.find(q.checkId())
                .map(c -> level == null || c.minLevel().appliesAt(level)).orElse(false);
    }

    static QuestionnaireItem item(InformationSystem s, Question q, Answer a, boolean asked, Language language,
                                  LocalDate today) {
        QuestionView view = QuestionView.of(q, language, s.securityLevel());
        if (a == null) {
            return new QuestionnaireItem(view, asked, "UNANSWERED", null, null, null, null, null, null, null, null,
                    null, null, null);
        }
        return new QuestionnaireItem(view, asked, a.status(today, s.nextAssessmentOn()).name(),
                q.parse(a.answer()).error() == null ? q.complies(a.answer(), s.securityLevel()) : null, a.answer(),
                a.evidenceReference(), a.note(), a.answeredBy(), a.answeredAt(), a.validUntil(s.nextAssessmentOn()),
                a.review() == null ? null : a.review().name(), a.reviewNote(), a.reviewedBy(), a.reviewedAt());
    }

    private InformationSystem system(Caller caller, long id) {
        return systems.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("information system", id));
    }

    private Question question(String id) {
        return questionnaire.question(id).orElseThrow(() -> new NotFoundException("question", id
                + " (not in questionnaire version " + questionnaire.version() + ")"));
    }

    private static void length(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "is longer than " + max + " characters");
        }
    }

    /** "vi", "fa" or "en"; anything else is a field error naming the accepted values. */
    public static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.EN;
        }
        try {
            return Language.of(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("lang", e.getMessage());
        }
    }
}
