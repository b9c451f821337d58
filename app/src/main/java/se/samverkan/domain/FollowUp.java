package se.samverkan.domain;

/** A follow-up action of an interaction or forum meeting, due on a day and possibly done. */
public record FollowUp(long id, Long interactionId, Long forumMeetingId, String description, java.time.LocalDate dueDate,
                       java.time.LocalDate doneOn, String responsible) {
}
