package se.samverkan.domain;

/** One item of a workshop's agenda, in position order. */
public record AgendaItem(long id, long workshopId, int position, String title, int durationMinutes) {
}
