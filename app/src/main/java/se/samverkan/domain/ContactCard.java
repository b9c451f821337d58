package se.samverkan.domain;

import java.util.List;

/**
 * A person as address books exchange them (a vCard): names and contact details as plain text, without ids and
 * without special-category data (union membership, political offices), which never leave the database this way.
 * Every text may be null; {@code emails} and {@code phones} keep the card's order.
 *
 * @param municipality the municipality's name (a vCard's ADR locality)
 * @param county       the county's name (a vCard's ADR region)
 */
public record ContactCard(String firstName, String lastName, String title, String organisation, List<String> emails,
                          List<String> phones, String municipality, String county) {

    public ContactCard {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /** "First Last", or whichever of the two there is; empty when the card has no name. */
    public String displayName() {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        return (first + " " + last).strip();
    }
}
