package se.samverkan.domain;

/** What the organisations list is narrowed to; null or blank means "any". {@code text} matches name and e-mail. */
public record OrganisationFilter(String text, String actorType, String countyCode, String municipalityCode) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null);
    }
}
