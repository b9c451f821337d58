package se.samverkan.domain;

import java.util.List;

/**
 * What a planner should know about a day before booking something on it.
 *
 * @param holiday  the holiday or eve the day is, null when none
 * @param certain  the coordinator's other events whose times overlap the planned time
 * @param possible other events that day where one of the two has no time and may fill the day
 */
public record DayConflicts(Holiday holiday, List<CalendarEvent> certain, List<CalendarEvent> possible) {

    public static final DayConflicts NONE = new DayConflicts(null, List.of(), List.of());

    public DayConflicts {
        certain = List.copyOf(certain);
        possible = List.copyOf(possible);
    }

    public boolean any() {
        return holiday != null || !certain.isEmpty() || !possible.isEmpty();
    }
}
