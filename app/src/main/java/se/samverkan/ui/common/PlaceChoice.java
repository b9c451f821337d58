package se.samverkan.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.Municipality;

/**
 * A county (län) and a municipality (kommun) chosen together, for a filter or a form: the municipalities offered are
 * those of the chosen county (all when none is chosen); a municipality outside a newly chosen county is cleared, and
 * choosing a municipality first fills in its county.
 */
public final class PlaceChoice {

    private final StringProperty countyCode = new SimpleStringProperty();
    private final StringProperty municipalityCode = new SimpleStringProperty();
    private final ObservableList<Municipality> municipalities = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoices> choices = new SimpleObjectProperty<>(FilterChoices.empty());

    public PlaceChoice() {
        countyCode.addListener((obs, was, now) -> refresh());
        choices.addListener((obs, was, now) -> refresh());
        municipalityCode.addListener((obs, was, now) -> {
            if (now != null && countyCode.get() == null) {
                choices.get().municipalities().stream().filter(m -> m.code().equals(now)).findFirst()
                        .ifPresent(m -> countyCode.set(m.countyCode()));
            }
        });
    }

    private void refresh() {
        var offered = choices.get().municipalitiesIn(countyCode.get());
        municipalities.setAll(offered);
        String chosen = municipalityCode.get();
        // Before the reference data has loaded there is nothing to check against: keep what the record had.
        if (chosen != null && !choices.get().municipalities().isEmpty()
                && offered.stream().noneMatch(m -> m.code().equals(chosen))) {
            municipalityCode.set(null);
        }
    }

    public ObjectProperty<FilterChoices> choices() {
        return choices;
    }

    public StringProperty countyCode() {
        return countyCode;
    }

    public StringProperty municipalityCode() {
        return municipalityCode;
    }

    /** The municipalities of the chosen county, in reference-data order. */
    public ObservableList<Municipality> municipalities() {
        return municipalities;
    }
}
