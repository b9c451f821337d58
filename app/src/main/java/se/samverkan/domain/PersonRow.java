package se.samverkan.domain;

import java.time.LocalDate;

/** One line of the people table: what the list shows, without the special-category fields. */
public record PersonRow(long id, String name, String title, String organisationName, String municipalityName,
                        String email, String phone, LocalDate verifyBy) {
}
