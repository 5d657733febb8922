package io.camwarden.console;

/** One entry of the language switch: the language code, the link to the same page in it, and whether it is on. */
public record LanguageLink(String code, String url, boolean current) {
}
