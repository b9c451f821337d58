package se.samverkan.ui.common;

import java.time.LocalDate;
import java.time.LocalTime;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import se.samverkan.domain.DayConflicts;

/**
 * Keeps a planning form's warnings about its day up to date: the holiday and the coordinator's clashing events,
 * checked again in the background whenever the day, the times or the cancelled state change (the newest check wins).
 * A check that fails shows no warning: it must never stand in the way of saving.
 */
public final class DayConflictsWatch {

    /** The service's check, e.g. {@code CalendarService.conflicts} for one record. */
    @FunctionalInterface
    public interface Check {
        DayConflicts check(LocalDate date, LocalTime start, LocalTime end, boolean cancelled);
    }

    private final ReadOnlyObjectWrapper<DayConflicts> conflicts = new ReadOnlyObjectWrapper<>(DayConflicts.NONE);

    public DayConflictsWatch(BackgroundTasks tasks, Check check, ObservableValue<LocalDate> date,
                             ObservableValue<String> start, ObservableValue<String> end,
                             ObservableBooleanValue cancelled) {
        BackgroundTasks.Latest latest = tasks.latest();
        Runnable recheck = () -> {
            LocalDate day = date.getValue();
            LocalTime from = TimeFields.parse(start.getValue());
            LocalTime to = TimeFields.parse(end.getValue());
            boolean off = cancelled.get();
            if (day == null) {
                latest.forget();
                conflicts.set(DayConflicts.NONE);
                return;
            }
            latest.run(() -> check.check(day, from, to, off), conflicts::set, e -> conflicts.set(DayConflicts.NONE));
        };
        for (Observable o : new Observable[] {date, start, end, cancelled}) {
            o.addListener(x -> recheck.run());
        }
        recheck.run();
    }

    public ReadOnlyObjectProperty<DayConflicts> conflicts() {
        return conflicts.getReadOnlyProperty();
    }
}
