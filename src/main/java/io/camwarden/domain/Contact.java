package io.camwarden.domain;

/** A person or desk to reach at an organisation, in the language they prefer. */
public record Contact(String name, String email, String phone, String postalAddress, Language language) {
}
