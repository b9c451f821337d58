package se.samverkan.ui.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.CalendarPeriod;
import se.samverkan.service.calendar.CalendarService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The calendar's state: month or week, the day it is centred on, and the period read for it (events, holidays,
 * double bookings), read in the background; newest read wins.
 */
public final class CalendarViewModel {

    /** What the calendar shows. */
    public enum Mode { MONTH, WEEK }

    private final CalendarService service;
    private final BackgroundTasks.Latest reads;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ObjectProperty<CalendarPeriod> period = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public CalendarViewModel(CalendarService service, BackgroundTasks tasks, ErrorMessages errors,
                             Supplier<LocalDate> today) {
        this.service = service;
        this.tasks = tasks;
        this.reads = tasks.latest();
        this.errors = errors;
        this.today = today;
        anchor.set(today.get());
    }

    /** The first day shown: the Monday on or before the month's first day, or the week's Monday. */
    public LocalDate firstShown() {
        LocalDate start = mode.get() == Mode.MONTH ? anchor.get().withDayOfMonth(1) : anchor.get();
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last day shown: the Sunday on or after the month's last day, or the week's Sunday. */
    public LocalDate lastShown() {
        LocalDate end = mode.get() == Mode.MONTH ? anchor.get().with(TemporalAdjusters.lastDayOfMonth()) : anchor.get();
        return end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** The period the export writes: the month itself (not the neighbours' days in its grid), or the week. */
    public LocalDate exportFrom() {
        return mode.get() == Mode.MONTH ? anchor.get().withDayOfMonth(1) : firstShown();
    }

    public LocalDate exportTo() {
        return mode.get() == Mode.MONTH ? anchor.get().with(TemporalAdjusters.lastDayOfMonth()) : lastShown();
    }

    public LocalDate today() {
        return today.get();
    }

    public void previous() {
        move(-1);
    }

    public void next() {
        move(1);
    }

    public void showToday() {
        anchor.set(today.get());
        load();
    }

    public void show(Mode newMode) {
        mode.set(newMode);
        load();
    }

    private void move(int step) {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().plusMonths(step) : anchor.get().plusWeeks(step));
        load();
    }

    /** Reads the shown period in the background. */
    public void load() {
        LocalDate from = firstShown();
        LocalDate to = lastShown();
        busy.set(true);
        reads.run(() -> service.period(from, to), result -> {
            busy.set(false);
            error.set("");
            period.set(result);
        }, e -> {
            busy.set(false);
            error.set(errors.describe(e));
        });
    }

    /** Writes the export period's events to {@code file} in the background; {@code done} gets the count. */
    public void export(Path file, java.util.function.IntConsumer done) {
        LocalDate from = exportFrom();
        LocalDate to = exportTo();
        busy.set(true);
        tasks.run(() -> service.export(from, to, file))
                .onSuccess(count -> done.accept(count))
                .onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** Writes one event to {@code file} in the background; {@code done} gets 1, or 0 when it has gone meanwhile. */
    public void exportEvent(se.samverkan.domain.CalendarEvent event, Path file, java.util.function.IntConsumer done) {
        busy.set(true);
        tasks.run(() -> service.exportEvent(event.kind(), event.id(), file) ? 1 : 0)
                .onSuccess(count -> done.accept(count))
                .onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> busy.set(false))
                .start();
    }

    public ReadOnlyObjectProperty<CalendarPeriod> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
