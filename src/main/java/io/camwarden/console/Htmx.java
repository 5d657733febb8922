package io.camwarden.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What htmx tells the server about a request. */
public final class Htmx {

    private Htmx() {
    }

    /**
     * True when htmx asks for a part of a page to swap in. A history restore (back button after the cache
     * was cleared) asks for the whole page again.
     */
    public static boolean partial(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /**
     * The address htmx puts in the address bar for a list: the clean form of the query (no empty filters),
     * which is also what a bookmark of the page should hold.
     */
    public static void pushUrl(HttpServletResponse response, ListQuery query) {
        response.setHeader("HX-Push-Url", query.url());
    }
}
