package se.samverkan.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.CalendarPeriod;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.store.CalendarFixture;
import se.samverkan.store.StoreFixture;

class CalendarServiceTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path dir;
    private Workspace workspace;
    private CalendarService calendar;
    private long workshop;
    private long idea;
    private long allDay;
    private long cancelled;
    private long meeting;
    private long forum;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw".toCharArray());
        calendar = new CalendarService(workspace, Messages.of(Messages.SWEDISH));
        workspace.inTransaction(s -> {
            forum = new StoreFixture(s).forum("Industrirådet Småland – Å, Ä och Ö", "INDUSTRY_COUNCIL");
            var f = new CalendarFixture(s);
            workshop = f.workshop("Hållbart arbete för styrelsen i Växjö", "PLANNED", LocalDate.of(2026, 3, 10),
                    LocalTime.of(9, 0), LocalTime.of(12, 0), "Folkets hus, Storgatan 1", "0780", null);
            meeting = f.meeting(forum, LocalDate.of(2026, 3, 10), LocalTime.of(11, 0), LocalTime.of(13, 0));
            idea = f.workshop("Sommarträff på Öland", "IDEA", LocalDate.of(2026, 6, 18), LocalTime.of(13, 0),
                    LocalTime.of(16, 30), null, null, "https://möte.example.se/rum?a=1&b=2");
            allDay = f.workshop("Analysmöte, heldag", "PLANNED", LocalDate.of(2026, 12, 24), null, null, null, null,
                    null);
            cancelled = f.workshop("Inställd träff", "CANCELLED", LocalDate.of(2026, 3, 10), LocalTime.of(10, 0),
                    LocalTime.of(11, 0), null, null, null);
            f.workshop("Utanför perioden", "PLANNED", LocalDate.of(2027, 1, 1), null, null, null, null, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aPeriodHasItsEventsHolidaysAndTheDoubleBookingOfTheCoordinator() {
        CalendarPeriod period = calendar.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(period.events()).extracting(e -> e.kind() + "-" + e.id()).containsExactly(
                "WORKSHOP-" + workshop, "WORKSHOP-" + cancelled, "FORUM_MEETING-" + meeting, "WORKSHOP-" + idea,
                "WORKSHOP-" + allDay);
        var first = period.events().get(0);
        assertThat(first.place()).isEqualTo("Folkets hus, Storgatan 1, Växjö");
        assertThat(first.typeName()).isEqualTo("Hållbart arbete");
        var forumMeeting = period.events().get(2);
        assertThat(forumMeeting.ownerId()).isEqualTo(forum);
        assertThat(forumMeeting.title()).isEqualTo("Industrirådet Småland – Å, Ä och Ö");
        assertThat(period.clashes()).singleElement().satisfies(c -> {
            assertThat(c.certain()).isTrue();
            assertThat(c.first().id()).isEqualTo(workshop);
            assertThat(c.second().kind()).isEqualTo(CalendarEventKind.FORUM_MEETING);
        });
        assertThat(period.holidayOn(LocalDate.of(2026, 6, 6))).hasValueSatisfying(
                h -> assertThat(h.nameSv()).isEqualTo("Sveriges nationaldag"));
        assertThat(period.holidayOn(LocalDate.of(2026, 12, 24))).hasValueSatisfying(
                h -> assertThat(h.publicHoliday()).isFalse());
        assertThat(period.hasClashOn(LocalDate.of(2026, 3, 10))).isTrue();
    }

    @Test
    void theExportIsReadBackByAnIndependentParserWithSwedishTextAndStockholmTime() throws Exception {
        Path file = dir.resolve("kalender.ics");
        int written = calendar.export(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), file);
        assertThat(written).isEqualTo(5);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "DTSTART;TZID=Europe/Stockholm:20260310T090000")
                .doesNotContain("Anteckningar");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));

        Map<String, VEvent> events = read(file);
        assertThat(events).containsOnlyKeys("workshop-" + workshop + "@samverkan", "workshop-" + idea + "@samverkan",
                "workshop-" + allDay + "@samverkan", "workshop-" + cancelled + "@samverkan",
                "forum-meeting-" + meeting + "@samverkan");

        VEvent planned = events.get("workshop-" + workshop + "@samverkan");
        assertThat(value(planned, Property.SUMMARY)).isEqualTo("Hållbart arbete för styrelsen i Växjö");
        assertThat(value(planned, Property.LOCATION)).isEqualTo("Folkets hus, Storgatan 1, Växjö");
        assertThat(value(planned, Property.DESCRIPTION)).isEqualTo("Hållbart arbete · Status: Planerad");
        assertThat(value(planned, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(instant(planned, Property.DTSTART)).isEqualTo(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, STOCKHOLM)
                .toInstant());
        assertThat(instant(planned, Property.DTEND)).isEqualTo(ZonedDateTime.of(2026, 3, 10, 12, 0, 0, 0, STOCKHOLM)
                .toInstant());
        DateProperty<?> start = planned.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Stockholm");

        VEvent summer = events.get("workshop-" + idea + "@samverkan");
        assertThat(value(summer, Property.SUMMARY)).isEqualTo("Sommarträff på Öland");
        assertThat(value(summer, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(summer, Property.URL)).isEqualTo("https://möte.example.se/rum?a=1&b=2");
        assertThat(instant(summer, Property.DTSTART)).as("summer time, UTC+2")
                .isEqualTo(java.time.Instant.parse("2026-06-18T11:00:00Z"));

        VEvent day = events.get("workshop-" + allDay + "@samverkan");
        assertThat(date(day, Property.DTSTART)).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(date(day, Property.DTEND)).isEqualTo(LocalDate.of(2026, 12, 25));

        assertThat(value(events.get("workshop-" + cancelled + "@samverkan"), Property.STATUS)).isEqualTo("CANCELLED");
        VEvent forumMeeting = events.get("forum-meeting-" + meeting + "@samverkan");
        assertThat(value(forumMeeting, Property.SUMMARY)).isEqualTo("Möte: Industrirådet Småland – Å, Ä och Ö");
    }

    @Test
    void aStartWithoutAnEndIsExportedAsAnHourNotAsAZeroLengthEvent() throws Exception {
        long open = workspace.inTransaction(s -> new CalendarFixture(s).workshop("Öppet slut", "PLANNED",
                LocalDate.of(2026, 9, 1), LocalTime.of(15, 30), null, null, null, null));
        Path file = dir.resolve("öppet.ics");
        calendar.export(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), file);

        VEvent event = read(file).get("workshop-" + open + "@samverkan");
        assertThat(instant(event, Property.DTEND)).isEqualTo(ZonedDateTime.of(2026, 9, 1, 16, 30, 0, 0, STOCKHOLM)
                .toInstant());
    }

    @Test
    void aWorkshopAgendaIsInTheDescriptionWithStartTimesOnlyWhenTheSessionHasAStart() throws Exception {
        workspace.inTransaction(s -> {
            var f = new CalendarFixture(s);
            for (long w : new long[] {workshop, allDay}) {
                f.agendaItem(w, 0, "Läget på arbetsplatserna", 50);
                f.agendaItem(w, 1, "Åtgärder", 40);
            }
            return null;
        });
        Path file = dir.resolve("program.ics");
        calendar.export(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), file);

        Map<String, VEvent> events = read(file);
        assertThat(value(events.get("workshop-" + workshop + "@samverkan"), Property.DESCRIPTION)).isEqualTo(
                "Hållbart arbete · Status: Planerad\n\nProgram:\n09:00 Läget på arbetsplatserna (50 min)\n"
                        + "09:50 Åtgärder (40 min)");
        assertThat(value(events.get("workshop-" + allDay + "@samverkan"), Property.DESCRIPTION))
                .endsWith("Program:\nLäget på arbetsplatserna (50 min)\nÅtgärder (40 min)");
        assertThat(value(events.get("forum-meeting-" + meeting + "@samverkan"), Property.DESCRIPTION))
                .doesNotContain("Program");
    }

    @Test
    void planningOnADayWarnsOfTheOverlappingMeetingButNotOfItselfOrACancelledWorkshop() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        var afternoon = calendar.conflicts(CalendarEventKind.WORKSHOP, 0, day, LocalTime.of(12, 30), LocalTime.of(14, 0),
                false);
        assertThat(afternoon.certain()).extracting(e -> e.kind() + "-" + e.id())
                .containsExactly("FORUM_MEETING-" + meeting);
        assertThat(afternoon.possible()).isEmpty();
        assertThat(afternoon.holiday()).isNull();

        var early = calendar.conflicts(CalendarEventKind.WORKSHOP, 0, day, LocalTime.of(8, 0), LocalTime.of(9, 0), false);
        assertThat(early.any()).as("touching ends and the cancelled workshop do not count").isFalse();

        var itself = calendar.conflicts(CalendarEventKind.WORKSHOP, workshop, day, LocalTime.of(9, 0),
                LocalTime.of(12, 0), false);
        assertThat(itself.certain()).extracting(e -> e.kind() + "-" + e.id())
                .containsExactly("FORUM_MEETING-" + meeting);

        var untimed = calendar.conflicts(CalendarEventKind.FORUM_MEETING, 0, day, null, null, false);
        assertThat(untimed.certain()).isEmpty();
        assertThat(untimed.possible()).extracting(e -> e.kind() + "-" + e.id())
                .containsExactlyInAnyOrder("WORKSHOP-" + workshop, "FORUM_MEETING-" + meeting);

        assertThat(calendar.conflicts(CalendarEventKind.WORKSHOP, 0, day, LocalTime.of(9, 0), LocalTime.of(12, 0), true)
                .any()).isFalse();
    }

    @Test
    void planningOnNationalDayOrMidsummerEveNamesTheDay() {
        var national = calendar.conflicts(CalendarEventKind.WORKSHOP, 0, LocalDate.of(2026, 6, 6), null, null, false);
        assertThat(national.holiday().nameSv()).isEqualTo("Sveriges nationaldag");
        assertThat(national.holiday().publicHoliday()).isTrue();
        var eve = calendar.conflicts(CalendarEventKind.WORKSHOP, 0, LocalDate.of(2026, 6, 19), null, null, false);
        assertThat(eve.holiday().nameSv()).isEqualTo("Midsommarafton");
        assertThat(eve.holiday().publicHoliday()).isFalse();
        assertThat(calendar.conflicts(CalendarEventKind.WORKSHOP, 0, null, null, null, false).any()).isFalse();
    }

    @Test
    void oneEventAloneKeepsItsUidAndAnEventWithoutDateIsNotWritten() throws Exception {
        Path file = dir.resolve("en.ics");
        assertThat(calendar.exportEvent(CalendarEventKind.FORUM_MEETING, meeting, file)).isTrue();
        assertThat(read(file)).containsOnlyKeys("forum-meeting-" + meeting + "@samverkan");
        assertThat(calendar.exportEvent(CalendarEventKind.WORKSHOP, 9999, dir.resolve("none.ics"))).isFalse();
        assertThat(dir.resolve("none.ics")).doesNotExist();
    }

    private static Map<String, VEvent> read(Path file) throws Exception {
        Calendar parsed;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parsed = new CalendarBuilder().build(reader);
        }
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    private static java.time.Instant instant(VEvent event, String name) {
        Temporal t = event.<DateProperty<?>>getProperty(name).orElseThrow().getDate();
        return ZonedDateTime.from(t).toInstant();
    }

    private static LocalDate date(VEvent event, String name) {
        return LocalDate.from(event.<DateProperty<?>>getProperty(name).orElseThrow().getDate());
    }
}
