package se.samverkan.domain;

/** A person's seat in a forum: whom it represents, the role and the term. */
public record Seat(long id, long forumId, long personId, String represents, Long representsBranchId, String role,
                   java.time.LocalDate termFrom, java.time.LocalDate termTo) {
}
