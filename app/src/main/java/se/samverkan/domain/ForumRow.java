package se.samverkan.domain;

/**
 * One forum as its list shows it.
 *
 * @param unionSeats the current seats that represent IF Metall (a branch or the union), not LO or others
 */
public record ForumRow(long id, String name, String forumType, String typeName, String level, String countyCode,
                       String placeName, String convenorName, String meetingRhythm, boolean unionInitiated,
                       int seats, int unionSeats) {
}
