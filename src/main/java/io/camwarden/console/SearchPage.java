package io.camwarden.console;

import io.camwarden.domain.Caller;
import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.SearchController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The header's search box: organisations, sites, information systems and devices at once, as /api/v1/search. */
@Controller
public class SearchPage {

    static final int PER_KIND = 20;

    private final SearchController search;
    private final RecordNames names;

    public SearchPage(SearchController search, RecordNames names) {
        this.search = search;
        this.names = names;
    }

    @GetMapping("/search")
    public String search(Caller caller, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("globalQuery", q);
        model.addAttribute("perKind", PER_KIND);
        try {
            model.addAttribute("results", search.search(caller, q == null ? "" : q, PER_KIND));
            model.addAttribute("names", names.open(caller));
        } catch (InvalidInputException e) {
            model.addAttribute("tooShort", true);
        }
        return "search";
    }
}
