package se.samverkan.domain;

/** An elected office a person holds (special-category data); level MUNICIPALITY, REGION, NATIONAL or PARTY. */
public record PoliticalOffice(long id, long personId, String body, String level, String party, String municipalityCode,
                              String countyCode, String role, java.time.LocalDate termFrom, java.time.LocalDate termTo) {
}
