package se.samverkan.service.workshops;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an agenda fits its session: the items' minutes against the minutes from start to end. {@code slack} is
 * positive when time is left over, negative by the overrun; without both times nothing can be said
 * ({@link #known()} is false).
 */
public record AgendaFit(Integer sessionMinutes, int agendaMinutes) {

    /** The fit of items lasting {@code minutes} in a session from {@code start} to {@code end} (either may be null). */
    public static AgendaFit of(LocalTime start, LocalTime end, List<Integer> minutes) {
        int total = minutes.stream().mapToInt(m -> m == null ? 0 : Math.max(0, m)).sum();
        Integer session = start == null || end == null || !end.isAfter(start)
                ? null : (int) Duration.between(start, end).toMinutes();
        return new AgendaFit(session, total);
    }

    /** When each item starts, following the session start one item after the other; empty without a start. */
    public static List<LocalTime> startTimes(LocalTime start, List<Integer> minutes) {
        List<LocalTime> times = new ArrayList<>();
        if (start == null) {
            return times;
        }
        LocalTime at = start;
        for (Integer m : minutes) {
            times.add(at);
            at = at.plusMinutes(m == null ? 0 : Math.max(0, m));
        }
        return times;
    }

    public boolean known() {
        return sessionMinutes != null;
    }

    public boolean fits() {
        return !known() || agendaMinutes <= sessionMinutes;
    }

    /** Minutes left over (positive) or the overrun (negative); 0 when the session's length is unknown. */
    public int slack() {
        return known() ? sessionMinutes - agendaMinutes : 0;
    }

    public int overrunMinutes() {
        return Math.max(0, -slack());
    }
}
