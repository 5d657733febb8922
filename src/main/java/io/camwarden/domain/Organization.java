package io.camwarden.domain;

import java.time.Instant;
import java.util.List;

/**
 * An organisation in the tree of agencies, businesses, ISPs and households.
 * {@code parentId} is null for a root. Users of an OWNER or ISP organisation see its subtree.
 */
public record Organization(
        Long id,
        Long parentId,
        String name,
        OrganizationKind kind,
        List<Contact> contacts,
        Instant createdAt,
        Instant updatedAt) {

    public Organization {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
