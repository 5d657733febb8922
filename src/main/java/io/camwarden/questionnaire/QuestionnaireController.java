package io.camwarden.questionnaire;

import io.camwarden.domain.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Owner questionnaire", description = "What cannot be observed over the network, answered by the owner"
        + " per information system with evidence, and reviewed by the regulator (docs/checks.md)")
public class QuestionnaireController {

    private static final String LANG = "vi, fa or en (default en)";

    private final QuestionnaireService service;

    public QuestionnaireController(QuestionnaireService service) {
        this.service = service;
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The questions of the owner questionnaire",
            description = "Each question names the check it decides, the answer it takes, which answers comply (per"
                    + " security level where the regulation says so) and whether a document must back the answer.")
    public QuestionnaireList questions(@Parameter(description = LANG) @RequestParam(required = false) String lang) {
        return service.questions(QuestionnaireService.language(lang));
    }

    @GetMapping("/information-systems/{id}/questionnaire")
    @Operation(summary = "An information system's questionnaire with its answers",
            description = "Every question with the system's current answer, whether it is asked at the system's"
                    + " level, whether the answer complies, until when it counts, and the regulator's review.")
    public SystemQuestionnaire answers(Caller caller, @PathVariable long id,
                                       @Parameter(description = LANG) @RequestParam(required = false) String lang) {
        return service.forSystem(caller, id, QuestionnaireService.language(lang));
    }

    @PutMapping("/information-systems/{id}/questionnaire/{questionId}")
    @Operation(summary = "Answer one question for an information system",
            description = "Replaces the current answer and clears its review. The answer counts until the system's"
                    + " next periodic assessment, or a year, whichever comes first. Owners and ISPs answer for"
                    + " systems in their scope; REGULATOR and ADMIN for any.")
    public QuestionnaireItem answer(Caller caller, @PathVariable long id, @PathVariable String questionId,
                                    @RequestBody AnswerRequest body,
                                    @Parameter(description = LANG) @RequestParam(required = false) String lang) {
        return service.answer(caller, id, questionId, body, QuestionnaireService.language(lang));
    }

    @PostMapping("/information-systems/{id}/questionnaire/{questionId}/review")
    @Operation(summary = "Accept or reject an answer (REGULATOR, ADMIN)",
            description = "A rejected answer counts as no answer until the owner answers again; a rejection needs a"
                    + " note saying what is wrong.")
    public QuestionnaireItem review(Caller caller, @PathVariable long id, @PathVariable String questionId,
                                    @RequestBody ReviewRequest body,
                                    @Parameter(description = LANG) @RequestParam(required = false) String lang) {
        return service.review(caller, id, questionId, body, QuestionnaireService.language(lang));
    }
}
