package se.samverkan.ui.politics;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import se.samverkan.ui.common.ListFilters;
import se.samverkan.ui.common.ListLoader;

/**
 * The demand list: search text, the shared filters (län, avdelning), the area's own (status, policy area), the rows,
 * the opened demand with its people, and the choices the form and the catalogue need. Loads run in the background.
 */
public final class DemandsViewModel {

    private record Choices(FilterChoices filters, List<PolicyArea> areas, List<CatalogueDemand> catalogue) {
    }

    /** A saved demand with the names of its people, as the form needs it. */
    record Opened(PoliticalDemand demand, List<Choice> people) {
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ListFilters filters = new ListFilters();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty policyArea = new SimpleStringProperty();
    private final ObjectProperty<Opened> opened = new SimpleObjectProperty<>();
    private final ObservableList<PolicyArea> areas = FXCollections.observableArrayList();
    private final ObservableList<CatalogueDemand> catalogue = FXCollections.observableArrayList();
    private final DemandService service;
    private final Callable<FilterChoices> choices;
    private final Function<String, List<SearchHit>> search;
    private final BackgroundTasks tasks;
    private final ListLoader<DemandRow> list;

    /** @param search the global search, for choosing the politicians and contacts involved */
    public DemandsViewModel(DemandService service, Callable<FilterChoices> choices,
                            Function<String, List<SearchHit>> search, BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.choices = choices;
        this.search = search;
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

    public StringProperty policyArea() {
        return policyArea;
    }

    public ObservableList<PolicyArea> areas() {
        return areas;
    }

    public ObservableList<CatalogueDemand> catalogue() {
        return catalogue;
    }

    public ListLoader<DemandRow> list() {
        return list;
    }

    ObjectProperty<Opened> openedProperty() {
        return opened;
    }

    DemandService service() {
        return service;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    Function<String, List<SearchHit>> search() {
        return search;
    }

    public DemandFilter filter() {
        return new DemandFilter(text.get(), status.get(), policyArea.get(), filters.branchId().get(),
                filters.place().countyCode().get());
    }

    public void load() {
        DemandFilter filter = filter();
        list.load(() -> service.list(filter));
    }

    /** Reads the choices again: counties, municipalities, branches, policy areas and the catalogue. */
    public void loadChoices() {
        tasks.run(() -> new Choices(choices.call(), service.policyAreas(), service.catalogue())).onSuccess(found -> {
            filters.choices().set(found.filters());
            areas.setAll(found.areas());
            catalogue.setAll(found.catalogue());
        }).onError(list::fail).start();
    }

    public void open(long id) {
        tasks.run(() -> service.find(id).map(d -> new Opened(d, service.people(id))).orElse(null))
                .onSuccess(opened::set).onError(list::fail).start();
    }

    /** After a save: the list reloads and the demand opens again. */
    void changed(long id) {
        load();
        open(id);
    }

    public void deleteOpened() {
        Opened current = opened.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            service.delete(current.demand().id());
            return null;
        }).onSuccess(v -> {
            opened.set(null);
            load();
        }).onError(list::fail).start();
    }

    public void clearFilters() {
        filters.clear();
        status.set(null);
        policyArea.set(null);
    }
}
