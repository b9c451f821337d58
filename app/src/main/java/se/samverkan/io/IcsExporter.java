package se.samverkan.io;

import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Writes events as an iCalendar file (RFC 5545, UTF-8) with biweekly (decision 0014). Times are local Swedish times:
 * every DTSTART/DTEND carries {@code TZID=Europe/Stockholm}, defined by a VTIMEZONE written into the file, so no
 * reader has to know the zone or reach the network. Events without a time are all-day events ({@code VALUE=DATE}).
 */
public final class IcsExporter {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final String PRODUCT_ID = "-//IF Metall//Samverkan//SV";

    private IcsExporter() {
    }

    /** Writes {@code entries} to {@code file}, atomically; returns how many. */
    public static int write(Path file, String calendarName, List<IcsEntry> entries) throws IOException {
        ICalendar ical = calendar(calendarName, entries);
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ICalWriter ics = new ICalWriter(writer, biweekly.ICalVersion.V2_0);
            ics.write(ical);
            ics.flush();
        });
        return entries.size();
    }

    static ICalendar calendar(String calendarName, List<IcsEntry> entries) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod("PUBLISH");
        if (calendarName != null) {
            ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        }
        ical.setExperimentalProperty("X-WR-TIMEZONE", ZONE.getId());
        ical.getTimezoneInfo().setDefaultTimezone(stockholm());
        for (IcsEntry entry : entries) {
            ical.addEvent(event(entry));
        }
        return ical;
    }

    private static VEvent event(IcsEntry e) {
        VEvent event = new VEvent();
        event.setUid(e.uid());
        event.setSummary(e.summary());
        if (e.description() != null) {
            event.setDescription(e.description());
        }
        if (e.location() != null) {
            event.setLocation(e.location());
        }
        if (e.url() != null) {
            event.setUrl(e.url());
        }
        if (e.status() != null) {
            event.setStatus(new Status(e.status()));
        }
        if (e.start() == null) {
            event.setDateStart(new ICalDate(dateOnly(e.date()), new DateTimeComponents(
                    e.date().getYear(), e.date().getMonthValue(), e.date().getDayOfMonth()), false));
            LocalDate next = e.date().plusDays(1);
            event.setDateEnd(new ICalDate(dateOnly(next), new DateTimeComponents(
                    next.getYear(), next.getMonthValue(), next.getDayOfMonth()), false));
        } else {
            event.setDateStart(instant(e.date().atTime(e.start())), true);
            if (e.end() != null) {
                event.setDateEnd(instant(e.date().atTime(e.end())), true);
            }
        }
        return event;
    }

    private static Date instant(LocalDateTime local) {
        return Date.from(local.atZone(ZONE).toInstant());
    }

    /** biweekly formats a date without time in the JVM's zone: midnight there keeps the calendar day. */
    private static Date dateOnly(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** Europe/Stockholm as VTIMEZONE: CET/CEST with the EU rule (last Sunday of March and of October, 01:00 UTC). */
    static TimezoneAssignment stockholm() {
        VTimezone zone = new VTimezone(ZONE.getId());
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.addTimezoneName("CET");
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.addTimezoneName("CEST");
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
        zone.addStandardTime(winter);
        zone.addDaylightSavingsTime(summer);
        return new TimezoneAssignment(TimeZone.getTimeZone(ZONE), zone);
    }
}
