package se.samverkan.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.CalendarEvent;
import se.samverkan.domain.CalendarPeriod;
import se.samverkan.domain.Holiday;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.CalendarTexts;
import se.samverkan.ui.common.Icons;

/**
 * Lays out a period as a grid of days, Monday first: a month as rows of weeks, a week as seven columns over an hour
 * grid ({@link WeekHours}). Holidays are shaded with their name, days with a double booking carry a warning icon.
 */
final class CalendarGrid {

    /** Chips shown in a month cell before "+N till". */
    static final int MONTH_CHIPS = 3;
    private final Messages messages;
    private final EventChips chips;

    CalendarGrid(Messages messages, EventChips chips) {
        this.messages = messages;
        this.chips = chips;
    }

    Node build(CalendarPeriod period, CalendarViewModel.Mode mode, LocalDate anchor, LocalDate today) {
        if (mode == CalendarViewModel.Mode.WEEK) {
            return week(period, today);
        }
        var grid = new GridPane();
        grid.setId(mode == CalendarViewModel.Mode.MONTH ? "calendarMonth" : "calendarWeek");
        grid.getStyleClass().add("calendar-grid");
        Locale locale = messages.locale();
        for (int col = 0; col < 7; col++) {
            var c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 7);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            var head = new Label(DayOfWeek.of(col + 1).getDisplayName(TextStyle.FULL, locale));
            head.getStyleClass().add("calendar-weekday");
            head.setMaxWidth(Double.MAX_VALUE);
            grid.add(head, col, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        int row = 1;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            int col = day.getDayOfWeek().getValue() - 1;
            boolean outside = mode == CalendarViewModel.Mode.MONTH && day.getMonth() != anchor.getMonth();
            grid.add(cell(period, day, mode, outside, day.equals(today)), col, row);
            if (col == 6) {
                var r = new RowConstraints();
                r.setVgrow(Priority.ALWAYS);
                r.setMinHeight(mode == CalendarViewModel.Mode.MONTH ? 70 : 300);
                grid.getRowConstraints().add(r);
                row++;
            }
        }
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /**
     * The week: a row of day headers (date, holiday, double-booking mark, events without a time), then an hour grid
     * from 07:00 to 19:00 (wider when an event starts earlier or ends later) with each timed event placed by its times.
     */
    private Node week(CalendarPeriod period, LocalDate today) {
        var grid = new GridPane();
        grid.setId("calendarWeek");
        grid.getStyleClass().add("calendar-grid");
        int first = 7;
        int last = 19;
        for (CalendarEvent e : period.events()) {
            if (e.timed()) {
                first = Math.min(first, e.start().getHour());
                var end = e.end() == null ? e.start().plusHours(1) : e.end();
                last = Math.max(last, end.getMinute() > 0 ? end.getHour() + 1 : Math.max(end.getHour(), 1));
            }
        }
        last = Math.min(24, last);
        var gutter = new ColumnConstraints(48);
        grid.getColumnConstraints().add(gutter);
        var hours = new javafx.scene.layout.Pane();
        hours.getStyleClass().add("calendar-hour-gutter");
        for (int h = first; h < last; h++) {
            var label = new Label(String.format("%02d:00", h));
            label.getStyleClass().add("calendar-hour-label");
            label.setLayoutY((h - first) * WeekHours.HOUR - 7);
            label.setLayoutX(4);
            hours.getChildren().add(label);
        }
        hours.setMinHeight((last - first) * WeekHours.HOUR);
        grid.add(hours, 0, 2);
        Locale locale = messages.locale();
        for (int col = 0; col < 7; col++) {
            var c = new ColumnConstraints();
            c.setPercentWidth((100.0 - 5) / 7);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            LocalDate day = period.from().plusDays(col);
            var head = new Label(DayOfWeek.of(col + 1).getDisplayName(TextStyle.FULL, locale));
            head.getStyleClass().add("calendar-weekday");
            head.setMaxWidth(Double.MAX_VALUE);
            grid.add(head, col + 1, 0);
            List<CalendarEvent> events = period.eventsOn(day);
            var header = (VBox) cell(period, day, CalendarViewModel.Mode.WEEK, false, day.equals(today),
                    events.stream().filter(e -> !e.timed()).toList());
            grid.add(header, col + 1, 1);
            var column = new WeekHours(first, last, events.stream().filter(CalendarEvent::timed).toList(),
                    e -> chips.chip(e, period));
            column.getStyleClass().add(header.getStyleClass().contains("calendar-weekend") ? "calendar-hours-weekend"
                    : "calendar-hours-weekday");
            if (day.equals(today)) {
                column.getStyleClass().add("calendar-hours-today");
            }
            grid.add(column, col + 1, 2);
        }
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // the working day is in view; an earlier or later event is a scroll away
        scroll.setVvalue(0);
        return scroll;
    }

    private Node cell(CalendarPeriod period, LocalDate day, CalendarViewModel.Mode mode, boolean outside,
                      boolean today) {
        return cell(period, day, mode, outside, today, period.eventsOn(day));
    }

    private Node cell(CalendarPeriod period, LocalDate day, CalendarViewModel.Mode mode, boolean outside,
                      boolean today, List<CalendarEvent> events) {
        var number = new Label(mode == CalendarViewModel.Mode.MONTH ? Integer.toString(day.getDayOfMonth())
                : day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, messages.locale()));
        number.getStyleClass().add("calendar-day-number");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(4, number, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        var cell = new VBox(2, header);
        cell.setId("day-" + day);
        cell.getStyleClass().add("calendar-day");
        if (outside) {
            cell.getStyleClass().add("calendar-outside");
        }
        if (today) {
            cell.getStyleClass().add("calendar-today");
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            cell.getStyleClass().add("calendar-weekend");
        }
        period.holidayOn(day).ifPresent(h -> addHoliday(cell, h));
        if (period.hasClashOn(day)) {
            var warning = new Label(null, Icons.of(Feather.ALERT_TRIANGLE));
            warning.getStyleClass().add("calendar-clash-mark");
            warning.setTooltip(new Tooltip(messages.get("ui.calendar.clash.day")));
            header.getChildren().add(warning);
        }
        int shown = mode == CalendarViewModel.Mode.MONTH ? Math.min(MONTH_CHIPS, events.size()) : events.size();
        for (CalendarEvent event : events.subList(0, shown)) {
            var chip = chips.chip(event, period);
            // A week column is tall: the whole title fits on a few lines there.
            chip.setWrapText(mode == CalendarViewModel.Mode.WEEK);
            cell.getChildren().add(chip);
        }
        if (shown < events.size()) {
            var more = new Label(messages.get("ui.calendar.more", events.size() - shown));
            more.getStyleClass().add("calendar-more");
            more.setTooltip(new Tooltip(events.subList(shown, events.size()).stream().map(chips::title)
                    .reduce((a, b) -> a + "\n" + b).orElse("")));
            cell.getChildren().add(more);
        }
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMinWidth(0);
        return cell;
    }

    private void addHoliday(VBox cell, Holiday holiday) {
        var name = new Label(holiday.publicHoliday() ? holidayName(holiday) : holidayName(holiday) + " *");
        name.getStyleClass().add("calendar-holiday-name");
        name.setTooltip(new Tooltip(new CalendarTexts(messages).holiday(holiday)));
        cell.getChildren().add(name);
        cell.getStyleClass().add(holiday.publicHoliday() ? "calendar-holiday" : "calendar-eve");
    }

    private String holidayName(Holiday holiday) {
        return new CalendarTexts(messages).holidayName(holiday);
    }
}
