package io.camwarden.console;

import jakarta.servlet.http.HttpServletRequest;

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
}
