package se.samverkan.domain;

/**
 * What the people list is narrowed to; null or blank means "any". {@code text} matches name, e-mail and title;
 * {@code forumId} keeps the people with a seat in that forum; {@code actorType} is the type of their organisation.
 */
public record PersonFilter(String text, String actorType, String countyCode, String municipalityCode, Long branchId,
                           Long forumId) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null, null);
    }
}
