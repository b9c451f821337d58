package se.samverkan.ui.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationFilter;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.RecordListModel;

/** The organisations list: search text and filters (actor type, place), matching rows, the opened organisation. */
public final class OrganisationsViewModel extends RecordListModel<OrganisationRow, Organisation> {

    private final OrganisationService service;
    private final Callable<FilterChoices> choices;
    private final Clock clock;

    public OrganisationsViewModel(OrganisationService service, BackgroundTasks tasks, ErrorMessages errors) {
        this(service, FilterChoices::empty, tasks, errors, Clock.systemDefaultZone());
    }

    public OrganisationsViewModel(OrganisationService service, Callable<FilterChoices> choices, BackgroundTasks tasks,
                                  ErrorMessages errors, Clock clock) {
        super(tasks, errors);
        this.service = service;
        this.choices = choices;
        this.clock = clock;
    }

    OrganisationService service() {
        return service;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    protected Callable<List<OrganisationRow>> query() {
        var filter = new OrganisationFilter(textProperty().get(), filters().actorType().get(),
                filters().place().countyCode().get(), filters().place().municipalityCode().get());
        return () -> service.list(filter);
    }

    /** Reads the filters' and form's choices again. */
    public void loadChoices() {
        tasks().run(choices).onSuccess(filters().choices()::set).onError(list()::fail).start();
    }

    /** Deletes the opened organisation (its people stay, without an organisation), then reloads. */
    @Override
    protected void delete(Organisation organisation) {
        service.delete(organisation.id());
    }

    @Override
    protected Organisation find(long id) {
        return service.find(id).orElse(null);
    }
}
