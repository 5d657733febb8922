package io.camwarden.console;

import io.camwarden.registry.InvalidInputException;
import io.camwarden.registry.Page;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * The results of a list page. The filters come from the address bar, so a refused one (a bad IP, an unknown
 * sort field) is shown above an empty list, with the filter form still filled in, rather than as an error page.
 */
public final class ListResults {

    private ListResults() {
    }

    /** Runs the list's query; puts the refused filters, or none, in the model as "errors". */
    public static <T> Page<T> load(Model model, int size, Supplier<Page<T>> query) {
        try {
            Page<T> page = query.get();
            model.addAttribute("errors", FormErrors.NONE);
            return page;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return new Page<>(List.of(), 0, size, 0);
        }
    }
}
