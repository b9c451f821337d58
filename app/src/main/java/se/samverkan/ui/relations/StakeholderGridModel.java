package se.samverkan.ui.relations;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.samverkan.domain.ActorType;
import se.samverkan.domain.County;
import se.samverkan.domain.StakeholderPosition;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The influence/interest grid ("Intressenter"): every assessed person and organisation at its latest assessment,
 * filtered by actor type and county. Read in the background each time the view is shown.
 */
public final class StakeholderGridModel {

    /** The grid's data and the filters' choices, read together. */
    public record Data(List<StakeholderPosition> positions, List<ActorType> actorTypes, List<County> counties) {
    }

    private final ObservableList<StakeholderPosition> all = FXCollections.observableArrayList();
    private final FilteredList<StakeholderPosition> shown = new FilteredList<>(all);
    private final ObservableList<ActorType> actorTypes = FXCollections.observableArrayList();
    private final ObservableList<County> counties = FXCollections.observableArrayList();
    /** The chosen actor type code; null: every type. */
    private final ObjectProperty<String> actorType = new SimpleObjectProperty<>();
    /** The chosen county code; null: every county. */
    private final ObjectProperty<String> county = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Supplier<Data> source;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;

    public StakeholderGridModel(Supplier<Data> source, BackgroundTasks tasks, ErrorMessages errors) {
        this.source = source;
        this.tasks = tasks;
        this.errors = errors;
        actorType.addListener((obs, was, now) -> filter());
        county.addListener((obs, was, now) -> filter());
    }

    public void load() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.run(source::get)
                .onSuccess(data -> {
                    error.set("");
                    actorTypes.setAll(data.actorTypes());
                    counties.setAll(data.counties());
                    all.setAll(data.positions());
                    filter();
                })
                .onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> loading.set(false))
                .start();
    }

    private void filter() {
        String type = actorType.get();
        String in = county.get();
        shown.setPredicate(p -> (type == null || type.equals(p.actorType())) && (in == null || in.equals(p.countyCode())));
    }

    /** The parties the filters let through. */
    public ObservableList<StakeholderPosition> shown() {
        return shown;
    }

    /** The parties in one cell of the grid, by name. */
    public List<StakeholderPosition> at(int influence, int interest) {
        return shown.stream().filter(p -> p.influence() == influence && p.interest() == interest)
                .sorted(Comparator.comparing(StakeholderPosition::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public ObservableList<ActorType> actorTypes() {
        return actorTypes;
    }

    public ObservableList<County> counties() {
        return counties;
    }

    public ObjectProperty<String> actorTypeProperty() {
        return actorType;
    }

    public ObjectProperty<String> countyProperty() {
        return county;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
