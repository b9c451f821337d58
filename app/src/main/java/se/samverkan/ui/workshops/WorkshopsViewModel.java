package se.samverkan.ui.workshops;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.Choice;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.WorkshopFilter;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.domain.WorkshopRow;
import se.samverkan.domain.WorkshopType;
import se.samverkan.service.calendar.CalendarService;
import se.samverkan.service.workshops.WorkshopService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.ListFilters;
import se.samverkan.ui.common.ListLoader;

/**
 * The workshop list: search text, the shared filters (län, avdelning) and the area's own (status, type, period), the
 * matching rows and the opened workshop. Loads run in the background; the newest answer wins.
 */
public final class WorkshopsViewModel {

    private record Choices(FilterChoices filters, List<WorkshopType> types, List<Choice> goals) {
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ListFilters filters = new ListFilters();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty type = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkshopPlan> opened = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> changedId = new SimpleObjectProperty<>();
    private final ObservableList<WorkshopType> types = FXCollections.observableArrayList();
    private final ObservableList<Choice> goals = FXCollections.observableArrayList();
    private final WorkshopService service;
    private final Callable<FilterChoices> choices;
    private final BackgroundTasks tasks;
    private final ListLoader<WorkshopRow> list;
    private final CalendarService calendar;

    /** @param calendar writes a workshop to .ics and checks a planned day for holidays and double bookings */
    public WorkshopsViewModel(WorkshopService service, Callable<FilterChoices> choices, CalendarService calendar,
                              BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.calendar = calendar;
        this.choices = choices;
        this.tasks = tasks;
        this.list = new ListLoader<>(tasks, errors);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ListFilters filters() {
        return filters;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty type() {
        return type;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObservableList<WorkshopType> types() {
        return types;
    }

    public ObservableList<Choice> goals() {
        return goals;
    }

    public ListLoader<WorkshopRow> list() {
        return list;
    }

    public ObservableList<WorkshopRow> rows() {
        return list.rows();
    }

    public ObjectProperty<WorkshopPlan> openedProperty() {
        return opened;
    }

    public ObjectProperty<Long> changedIdProperty() {
        return changedId;
    }

    WorkshopService service() {
        return service;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    public WorkshopFilter filter() {
        return new WorkshopFilter(text.get(), status.get(), type.get(), filters.place().countyCode().get(),
                filters.branchId().get(), from.get(), to.get());
    }

    public void load() {
        WorkshopFilter filter = filter();
        list.load(() -> service.list(filter));
    }

    /** Reads the filters' and the form's choices (branches, counties, municipalities, workshop types) again. */
    public void loadChoices() {
        tasks.run(() -> new Choices(choices.call(), service.types(), service.goals())).onSuccess(found -> {
            filters.choices().set(found.filters());
            types.setAll(found.types());
            goals.setAll(found.goals());
        }).onError(list::fail).start();
    }

    public void open(long id) {
        tasks.run(() -> service.find(id).orElse(null)).onSuccess(opened::set).onError(list::fail).start();
    }

    /** After a save: the list reloads and the workshop opens again, here and in the window's detail pane. */
    public void changed(long id) {
        load();
        open(id);
        changedId.set(null);
        changedId.set(id);
    }

    public void deleteOpened() {
        WorkshopPlan current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(current.workshop().id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(list::fail).start();
    }

    /**
     * Writes the opened workshop to {@code file} in the background (with its agenda, for the invitation);
     * {@code done} learns whether there was one to write.
     */
    public void exportOpened(java.nio.file.Path file, java.util.function.Consumer<Boolean> done,
                             java.util.function.Consumer<Throwable> failed) {
        WorkshopPlan current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> calendar.exportEvent(CalendarEventKind.WORKSHOP, current.workshop().id(), file)).onSuccess(done::accept).onError(failed::accept).start();
    }

    CalendarService calendar() {
        return calendar;
    }

    /** Clears the area's own filters and the shared ones. */
    public void clearFilters() {
        filters.clear();
        status.set(null);
        type.set(null);
        from.set(null);
        to.set(null);
    }
}
