package io.camwarden.console.organization;

import io.camwarden.console.FormValues;
import io.camwarden.domain.Contact;
import io.camwarden.domain.Organization;
import io.camwarden.registry.FieldErrors;
import io.camwarden.registry.Text;
import io.camwarden.registry.organization.OrganizationRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation form: name, kind, parent and contact rows. Contact rows come as parallel fields
 * (contactName, contactEmail, …, one of each per row); wholly empty rows are spare rows and are dropped.
 */
public record OrganizationForm(String name, String kind, String parentId, List<ContactRow> contacts) {

    /** Spare empty contact rows offered below the filled ones. */
    static final int SPARE_ROWS = 2;

    /** One contact row as typed. */
    public record ContactRow(String name, String email, String phone, String postalAddress, String language) {
        boolean blank() {
            return Text.blank(name) && Text.blank(email) && Text.blank(phone) && Text.blank(postalAddress);
        }
    }

    public static OrganizationForm empty(String parentId) {
        return new OrganizationForm("", "", parentId == null ? "" : parentId, List.of()).withSpareRows();
    }

    public static OrganizationForm of(Organization o) {
        List<ContactRow> rows = new ArrayList<>();
        for (Contact c : o.contacts()) {
            rows.add(new ContactRow(FormValues.text(c.name()), FormValues.text(c.email()), FormValues.text(c.phone()),
                    FormValues.text(c.postalAddress()), c.language().code()));
        }
        return new OrganizationForm(o.name(), o.kind().name(), FormValues.text(o.parentId()), rows).withSpareRows();
    }

    public static OrganizationForm from(HttpServletRequest r) {
        String[] names = values(r, "contactName");
        String[] emails = values(r, "contactEmail");
        String[] phones = values(r, "contactPhone");
        String[] addresses = values(r, "contactPostalAddress");
        String[] languages = values(r, "contactLanguage");
        List<ContactRow> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            ContactRow row = new ContactRow(names[i], at(emails, i), at(phones, i), at(addresses, i), at(languages, i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new OrganizationForm(r.getParameter("name"), r.getParameter("kind"), r.getParameter("parentId"), rows);
    }

    /** The filled rows plus spare empty ones, for showing the form (again). */
    public OrganizationForm withSpareRows() {
        List<ContactRow> rows = new ArrayList<>(contacts);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ContactRow("", "", "", "", ""));
        }
        return new OrganizationForm(name, kind, parentId, rows);
    }

    /** Row i of the form is contact i of the request, so the service's "contacts[i]" errors match the rows. */
    public OrganizationRequest toRequest(FieldErrors errors) {
        List<OrganizationRequest.ContactRequest> cs = contacts.stream().filter(c -> !c.blank())
                .map(c -> new OrganizationRequest.ContactRequest(c.name(), c.email(), c.phone(), c.postalAddress(),
                        Text.trim(c.language())))
                .toList();
        return new OrganizationRequest(name, kind, FormValues.id(parentId, "parentId", errors), cs);
    }

    private static String[] values(HttpServletRequest r, String name) {
        String[] v = r.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : "";
    }
}
