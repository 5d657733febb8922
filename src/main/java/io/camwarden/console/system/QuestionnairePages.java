package io.camwarden.console.system;

import io.camwarden.console.ConsoleLanguages;
import io.camwarden.console.FormErrors;
import io.camwarden.console.Htmx;
import io.camwarden.domain.Caller;
import io.camwarden.domain.Language;
import io.camwarden.domain.Role;
import io.camwarden.questionnaire.AnswerRequest;
import io.camwarden.questionnaire.QuestionnaireItem;
import io.camwarden.questionnaire.QuestionnaireService;
import io.camwarden.questionnaire.ReviewRequest;
import io.camwarden.questionnaire.SystemQuestionnaire;
import io.camwarden.registry.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The owner questionnaire of an information system: the questions its level asks, in the reader's language,
 * with the current answers; writers answer a question in place (htmx swaps the question), the regulator
 * accepts or rejects an answer. Without JavaScript the forms post and come back to the page.
 */
@Controller
public class QuestionnairePages {

    private final QuestionnaireService service;

    public QuestionnairePages(QuestionnaireService service) {
        this.service = service;
    }

    @GetMapping("/systems/{id}/questionnaire")
    public String page(Caller caller, @PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("sq", service.forSystem(caller, id, language(request)));
        model.addAttribute("canReview", caller.role() == Role.ADMIN || caller.role() == Role.REGULATOR);
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("failed", "");
        return "systems/questionnaire";
    }

    @PostMapping("/systems/{id}/questionnaire/{questionId}")
    public String answer(Caller caller, @PathVariable long id, @PathVariable String questionId,
                         @RequestParam(required = false) String answer,
                         @RequestParam(required = false) String evidenceReference,
                         @RequestParam(required = false) String note,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        Language lang = language(request);
        try {
            QuestionnaireItem item = service.answer(caller, id, questionId, new AnswerRequest(answer,
                    evidenceReference, note), lang);
            return done(caller, id, item, request, model);
        } catch (InvalidInputException e) {
            return failed(caller, id, questionId, FormErrors.of(e), request, response, model);
        }
    }

    @PostMapping("/systems/{id}/questionnaire/{questionId}/review")
    public String review(Caller caller, @PathVariable long id, @PathVariable String questionId,
                         @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            QuestionnaireItem item = service.review(caller, id, questionId, new ReviewRequest(decision, note),
                    language(request));
            return done(caller, id, item, request, model);
        } catch (InvalidInputException e) {
            return failed(caller, id, questionId, FormErrors.of(e), request, response, model);
        }
    }

    /** htmx: the saved question alone; a plain form post: back to the question on the page. */
    private String done(Caller caller, long id, QuestionnaireItem item, HttpServletRequest request, Model model) {
        if (!Htmx.partial(request)) {
            return "redirect:/systems/" + id + "/questionnaire#q-" + item.question().id();
        }
        model.addAttribute("item", item);
        model.addAttribute("sq", service.forSystem(caller, id, language(request)));
        model.addAttribute("canReview", caller.role() == Role.ADMIN || caller.role() == Role.REGULATOR);
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("failed", "");
        model.addAttribute("saved", item.question().id());
        return "systems/questionnaire :: item";
    }

    private String failed(Caller caller, long id, String questionId, FormErrors errors, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        SystemQuestionnaire sq = service.forSystem(caller, id, language(request));
        model.addAttribute("sq", sq);
        model.addAttribute("canReview", caller.role() == Role.ADMIN || caller.role() == Role.REGULATOR);
        model.addAttribute("errors", errors);
        String qid = sq.items().stream().map(i -> i.question().id()).filter(q -> q.equalsIgnoreCase(questionId))
                .findFirst().orElse(questionId);
        model.addAttribute("failed", qid);
        if (Htmx.partial(request)) {
            model.addAttribute("item", sq.items().stream().filter(i -> i.question().id().equals(qid)).findFirst()
                    .orElseThrow());
            return "systems/questionnaire :: item";
        }
        return "systems/questionnaire";
    }

    private static Language language(HttpServletRequest request) {
        return Language.of(ConsoleLanguages.supported(RequestContextUtils.getLocale(request)).getLanguage());
    }
}
