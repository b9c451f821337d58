package se.samverkan.domain;

/** A meeting of a forum, with the people who attended. */
public record ForumMeeting(long id, long forumId, java.time.LocalDate meetingDate, java.time.LocalTime startTime,
                           java.time.LocalTime endTime, String notes, String decisions, java.util.List<Long> attendeeIds) {

    public ForumMeeting {
        attendeeIds = java.util.List.copyOf(attendeeIds);
    }
}
