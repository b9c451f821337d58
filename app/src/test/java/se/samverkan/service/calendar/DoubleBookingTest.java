package se.samverkan.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.Clash;

class DoubleBookingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "workshop {0}–{1} and meeting {2}–{3}: clash {4}")
    @CsvSource(nullValues = "-", textBlock = """
            09:00, 12:00, 11:00, 13:00, true
            09:00, 12:00, 12:00, 13:00, false
            09:00, 12:00, 08:00, 09:00, false
            09:00, 12:00, 09:30, 10:00, true
            13:00, 16:00, 09:00, 12:00, false
            09:00, -,     09:30, 10:00, true
            09:00, -,     10:00, 11:00, false
            23:30, -,     23:45, -,     true
            """)
    void timedEventsClashWhenTheirTimesOverlap(LocalTime ws, LocalTime we, LocalTime ms, LocalTime me, boolean clash) {
        var workshop = workshop(1, DAY, ws, we, "PLANNED");
        var meeting = meeting(2, DAY, ms, me);
        List<Clash> clashes = DoubleBooking.find(List.of(workshop, meeting));
        assertThat(clashes).hasSize(clash ? 1 : 0);
        clashes.forEach(c -> assertThat(c.certain()).isTrue());
    }

    @Test
    void anEventWithoutTimeIsAPossibleClashWithAnythingThatDay() {
        var allDay = workshop(1, DAY, null, null, "PLANNED");
        var meeting = meeting(2, DAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
        var otherDay = meeting(3, DAY.plusDays(1), null, null);
        List<Clash> clashes = DoubleBooking.find(List.of(meeting, otherDay, allDay));
        assertThat(clashes).singleElement().satisfies(c -> {
            assertThat(c.certain()).isFalse();
            assertThat(c.involves(allDay)).isTrue();
            assertThat(c.other(allDay)).isEqualTo(meeting);
        });
    }

    @Test
    void cancelledWorkshopsNeverClash() {
        var cancelled = workshop(1, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "CANCELLED");
        var meeting = meeting(2, DAY, LocalTime.of(10, 0), LocalTime.of(11, 0));
        assertThat(DoubleBooking.find(List.of(cancelled, meeting))).isEmpty();
    }

    @Test
    void twoWorkshopsClashToo_andEveryPairIsNamedOnce() {
        var a = workshop(1, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "PLANNED");
        var b = workshop(2, DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), "IDEA");
        var c = meeting(3, DAY, LocalTime.of(11, 30), LocalTime.of(13, 0));
        List<Clash> clashes = DoubleBooking.find(List.of(c, b, a));
        assertThat(clashes).extracting(x -> x.first().id() + "-" + x.second().id()).containsExactly("1-2", "1-3");
    }

    static CalendarEvent workshop(long id, LocalDate date, LocalTime start, LocalTime end, String status) {
        return new CalendarEvent(CalendarEventKind.WORKSHOP, id, id, "Workshop " + id, "Hållbart arbete", date, start,
                end, null, null, status);
    }

    static CalendarEvent meeting(long id, LocalDate date, LocalTime start, LocalTime end) {
        return new CalendarEvent(CalendarEventKind.FORUM_MEETING, id, 100, "Forum " + id, null, date, start, end,
                null, null, null);
    }
}
