package se.samverkan.domain;

import java.time.LocalDate;

/**
 * What the people list is narrowed to; null or blank means "any". {@code text} matches name, e-mail and title;
 * {@code forumId} keeps the people with a seat in that forum; {@code actorType} is the type of their organisation;
 * {@code verifyDueBy} keeps the people whose verify-by date is on or before that date ("att kontrollera").
 */
public record PersonFilter(String text, String actorType, String countyCode, String municipalityCode, Long branchId,
                           Long forumId, LocalDate verifyDueBy) {

    public PersonFilter(String text, String actorType, String countyCode, String municipalityCode, Long branchId,
                        Long forumId) {
        this(text, actorType, countyCode, municipalityCode, branchId, forumId, null);
    }

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null, null, null);
    }
}
