package se.samverkan.domain;

/** A contact; {@code unionMember} is special-category data (null = unknown). */
public record Person(long id, String firstName, String lastName, String title, Long organisationId, Long branchId,
                     String email, String phone, String countyCode, String municipalityCode, Boolean unionMember,
                     String unionRole, java.time.LocalDate verifyBy) {
}
