package se.samverkan.ui.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationFilter;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.ListFilters;
import se.samverkan.ui.common.ListLoader;

/** The organisations list: search text and filters, matching rows, the opened organisation; loads in the background. */
public final class OrganisationsViewModel {

    private final StringProperty text = new SimpleStringProperty("");
    private final ListFilters filters = new ListFilters();
    private final ObjectProperty<Organisation> opened = new SimpleObjectProperty<>();
    private final OrganisationService service;
    private final Callable<FilterChoices> choices;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final ListLoader<OrganisationRow> list;
    private final Clock clock;

    public OrganisationsViewModel(OrganisationService service, BackgroundTasks tasks, ErrorMessages errors) {
        this(service, FilterChoices::empty, tasks, errors, Clock.systemDefaultZone());
    }

    public OrganisationsViewModel(OrganisationService service, Callable<FilterChoices> choices, BackgroundTasks tasks,
                                  ErrorMessages errors, Clock clock) {
        this.service = service;
        this.choices = choices;
        this.tasks = tasks;
        this.errors = errors;
        this.clock = clock;
        this.list = new ListLoader<>(tasks, errors);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ListFilters filters() {
        return filters;
    }

    public ObservableList<OrganisationRow> rows() {
        return list.rows();
    }

    ListLoader<OrganisationRow> list() {
        return list;
    }

    public ObjectProperty<Organisation> openedProperty() {
        return opened;
    }

    public StringProperty errorProperty() {
        return list.error();
    }

    OrganisationService service() {
        return service;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    ErrorMessages errors() {
        return errors;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public void load() {
        var filter = new OrganisationFilter(text.get(), filters.actorType().get(), filters.place().countyCode().get(),
                filters.place().municipalityCode().get());
        list.load(() -> service.list(filter));
    }

    /** Reads the filters' and form's choices again. */
    public void loadChoices() {
        tasks.run(choices).onSuccess(filters.choices()::set).onError(list::fail).start();
    }

    public void open(long id) {
        tasks.run(() -> service.find(id).orElse(null))
                .onSuccess(opened::set)
                .onError(list::fail)
                .start();
    }

    /** Deletes the opened organisation (its people stay, without an organisation), then reloads. */
    public void deleteOpened() {
        Organisation current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(current.id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(list::fail).start();
    }
}
