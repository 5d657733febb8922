package io.camwarden.console.market;

import io.camwarden.console.Htmx;
import io.camwarden.console.ListQuery;
import io.camwarden.console.ListResults;
import io.camwarden.console.OverviewQueries;
import io.camwarden.domain.Caller;
import io.camwarden.market.ModelController;
import io.camwarden.market.ModelSummary;
import io.camwarden.registry.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Vendors and models in the reader's scope, for trade inspectors and the regulator: devices in service,
 * certification, end of support and the warned lists that name each model. Through the REST controller, so
 * scope and filters are the API's.
 */
@Controller
public class ModelPages {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

    private final ModelController api;
    private final OverviewQueries overview;

    public ModelPages(ModelController api, OverviewQueries overview) {
        this.api = api;
        this.overview = overview;
    }

    @GetMapping("/models")
    public String list(Caller caller, HttpServletRequest request, HttpServletResponse response, Model model,
                       @RequestParam(required = false) String vendor,
                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size,
                       @RequestParam(required = false) String sort) {
        ListQuery query = new ListQuery("/models").with("vendor", vendor).with("q", q).with("size", size)
                .with("sort", sort).with("page", page == null || page == 0 ? null : page);
        model.addAttribute("query", query);
        Page<ModelSummary> rows = ListResults.load(model, PAGE_SIZES.get(1), () ->
                api.list(caller, vendor, q, page, size == null ? PAGE_SIZES.get(1) : size, sort));
        model.addAttribute("rows", rows);
        if (Htmx.partial(request)) {
            Htmx.pushUrl(response, query);
            return "models/list :: results";
        }
        model.addAttribute("vendors", overview.devicesByVendor(caller).stream().map(OverviewQueries.Count::key)
                .filter(Objects::nonNull).toList());
        model.addAttribute("pageSizes", PAGE_SIZES);
        return "models/list";
    }
}
