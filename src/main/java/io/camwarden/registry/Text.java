package io.camwarden.registry;

/** Text clean-up shared by every input: trimmed, and blank means absent. */
public final class Text {

    private Text() {
    }

    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
