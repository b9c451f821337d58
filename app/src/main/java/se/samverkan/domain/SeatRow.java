package se.samverkan.domain;

import java.time.LocalDate;

/** A seat with the names the window and the lists show: forum, person and the branch it represents. */
public record SeatRow(long id, long forumId, String forumName, long personId, String personName, String represents,
                      Long branchId, String branchName, String role, LocalDate termFrom, LocalDate termTo) {

    /** Whether the seat holds on {@code day}: started, and not yet ended. */
    public boolean currentOn(LocalDate day) {
        return !termFrom.isAfter(day) && (termTo == null || !termTo.isBefore(day));
    }

    /** IF Metall's own seat: representing a branch or the union, not LO or another body. */
    public boolean union() {
        return "BRANCH".equals(represents) || "UNION".equals(represents);
    }
}
