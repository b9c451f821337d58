package se.samverkan.ui.politics;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.CatalogueDemand;
import se.samverkan.domain.Choice;
import se.samverkan.domain.DemandFilter;
import se.samverkan.domain.DemandRow;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.politics.DemandService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.RecordListModel;

/**
 * The demand list: search text, the shared filters (län, avdelning), the area's own (status, policy area), the rows,
 * the opened demand with its people, and the choices the form and the catalogue need. Loads run in the background.
 */
public final class DemandsViewModel extends RecordListModel<DemandRow, DemandsViewModel.Opened> {

    private record Choices(FilterChoices filters, List<PolicyArea> areas, List<CatalogueDemand> catalogue) {
    }

    /** A saved demand with the names of its people, as the form needs it. */
    record Opened(PoliticalDemand demand, List<Choice> people) {
    }

    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty policyArea = new SimpleStringProperty();
    private final ObservableList<PolicyArea> areas = FXCollections.observableArrayList();
    private final ObservableList<CatalogueDemand> catalogue = FXCollections.observableArrayList();
    private final DemandService service;
    private final Callable<FilterChoices> choices;
    private final Function<String, List<SearchHit>> search;

    /** @param search the global search, for choosing the politicians and contacts involved */
    public DemandsViewModel(DemandService service, Callable<FilterChoices> choices,
                            Function<String, List<SearchHit>> search, BackgroundTasks tasks, ErrorMessages errors) {
        super(tasks, errors);
        this.service = service;
        this.choices = choices;
        this.search = search;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty policyArea() {
        return policyArea;
    }

    public ObservableList<PolicyArea> areas() {
        return areas;
    }

    public ObservableList<CatalogueDemand> catalogue() {
        return catalogue;
    }

    DemandService service() {
        return service;
    }

    Function<String, List<SearchHit>> search() {
        return search;
    }

    public DemandFilter filter() {
        return new DemandFilter(textProperty().get(), status.get(), policyArea.get(), filters().branchId().get(),
                filters().place().countyCode().get());
    }

    @Override
    protected Callable<List<DemandRow>> query() {
        DemandFilter filter = filter();
        return () -> service.list(filter);
    }

    @Override
    protected Opened find(long id) {
        return service.find(id).map(d -> new Opened(d, service.people(id))).orElse(null);
    }

    @Override
    protected void delete(Opened opened) {
        service.delete(opened.demand().id());
    }

    /** Reads the choices again: counties, municipalities, branches, policy areas and the catalogue. */
    public void loadChoices() {
        tasks().run(() -> new Choices(choices.call(), service.policyAreas(), service.catalogue())).onSuccess(found -> {
            filters().choices().set(found.filters());
            areas.setAll(found.areas());
            catalogue.setAll(found.catalogue());
        }).onError(list()::fail).start();
    }

    public void clearFilters() {
        filters().clear();
        status.set(null);
        policyArea.set(null);
    }
}
