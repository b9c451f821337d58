package se.samverkan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An open follow-up action (uppföljning) with its due date, and the interaction it came from.
 *
 * @param topic        the interaction's topic, or the forum's name for a follow-up from a forum meeting
 * @param participants names of the people and organisations that took part
 */
public record FollowUpDue(long id, String description, LocalDate dueDate, String responsible, String topic,
                          List<String> participants) {

    public FollowUpDue {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dueDate, "dueDate");
        participants = List.copyOf(participants);
    }

    public boolean overdue(LocalDate today) {
        return dueDate.isBefore(today);
    }
}
