package se.samverkan.ui.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
import se.samverkan.ui.common.RecordListModel;

/**
 * The funding list: search text, the shared branch filter and the area's own (status, fund), the matching rows (the
 * timeline draws the same rows) and the opened project. Loads run in the background; the newest answer wins.
 */
public final class FundingViewModel extends RecordListModel<FundingProjectRow, FundingProject> {

    private record Choices(FilterChoices filters, List<Choice> workplaces) {
    }

    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty fund = new SimpleStringProperty();
    private final ObservableList<Choice> workplaces = FXCollections.observableArrayList();
    private final FundingService service;
    private final Callable<FilterChoices> choices;
    private final Supplier<LocalDate> today;

    public FundingViewModel(FundingService service, Callable<FilterChoices> choices, BackgroundTasks tasks,
                            ErrorMessages errors, Supplier<LocalDate> today) {
        super(tasks, errors);
        this.service = service;
        this.choices = choices;
        this.today = today;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty fund() {
        return fund;
    }

    ObservableList<Choice> workplaces() {
        return workplaces;
    }

    FundingService service() {
        return service;
    }

    LocalDate today() {
        return today.get();
    }

    public FundingFilter filter() {
        return new FundingFilter(textProperty().get(), status.get(), fund.get(), filters().branchId().get());
    }

    @Override
    protected Callable<List<FundingProjectRow>> query() {
        FundingFilter filter = filter();
        return () -> service.list(filter);
    }

    @Override
    protected FundingProject find(long id) {
        return service.find(id).orElse(null);
    }

    @Override
    protected void delete(FundingProject project) {
        service.delete(project.id());
    }

    /** Reads the filters' and the form's choices (branches, counties, organisations, workplaces) again. */
    public void loadChoices() {
        tasks().run(() -> new Choices(choices.call(), service.workplaces())).onSuccess(found -> {
            filters().choices().set(found.filters());
            workplaces.setAll(found.workplaces());
        }).onError(list()::fail).start();
    }

    public void clearFilters() {
        filters().clear();
        status.set(null);
        fund.set(null);
    }
}
