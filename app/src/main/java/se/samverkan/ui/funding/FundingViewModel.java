package se.samverkan.ui.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.Choice;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.FundingFilter;
import se.samverkan.domain.FundingProject;
import se.samverkan.domain.FundingProjectRow;
import se.samverkan.service.funding.FundingService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.ListFilters;
import se.samverkan.ui.common.ListLoader;

/**
 * The funding list: search text, the shared branch filter and the area's own (status, fund), the matching rows (the
 * timeline draws the same rows) and the opened project. Loads run in the background; the newest answer wins.
 */
public final class FundingViewModel {

    private record Choices(FilterChoices filters, List<Choice> workplaces) {
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ListFilters filters = new ListFilters();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty fund = new SimpleStringProperty();
    private final ObjectProperty<FundingProject> opened = new SimpleObjectProperty<>();
    private final ObservableList<Choice> workplaces = FXCollections.observableArrayList();
    private final FundingService service;
    private final Callable<FilterChoices> choices;
    private final BackgroundTasks tasks;
    private final ListLoader<FundingProjectRow> list;
    private final Supplier<LocalDate> today;

    public FundingViewModel(FundingService service, Callable<FilterChoices> choices, BackgroundTasks tasks,
                            ErrorMessages errors, Supplier<LocalDate> today) {
        this.service = service;
        this.choices = choices;
        this.tasks = tasks;
        this.today = today;
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

    public StringProperty fund() {
        return fund;
    }

    public ListLoader<FundingProjectRow> list() {
        return list;
    }

    public ObservableList<FundingProjectRow> rows() {
        return list.rows();
    }

    public ObjectProperty<FundingProject> openedProperty() {
        return opened;
    }

    ObservableList<Choice> workplaces() {
        return workplaces;
    }

    FundingService service() {
        return service;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    LocalDate today() {
        return today.get();
    }

    public FundingFilter filter() {
        return new FundingFilter(text.get(), status.get(), fund.get(), filters.branchId().get());
    }

    public void load() {
        FundingFilter filter = filter();
        list.load(() -> service.list(filter));
    }

    /** Reads the filters' and the form's choices (branches, counties, organisations, workplaces) again. */
    public void loadChoices() {
        tasks.run(() -> new Choices(choices.call(), service.workplaces())).onSuccess(found -> {
            filters.choices().set(found.filters());
            workplaces.setAll(found.workplaces());
        }).onError(list::fail).start();
    }

    public void open(long id) {
        tasks.run(() -> service.find(id).orElse(null)).onSuccess(opened::set).onError(list::fail).start();
    }

    /** After a save: the list reloads and the project opens again. */
    public void changed(long id) {
        load();
        open(id);
    }

    public void deleteOpened() {
        FundingProject current = opened.get();
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

    public void clearFilters() {
        filters.clear();
        status.set(null);
        fund.set(null);
    }
}
