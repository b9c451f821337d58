package se.samverkan.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.FilterChoices;

/**
 * The filters of a record list (aktörstyp, län, kommun, avdelning, samverkansforum, att kontrollera) as properties; a
 * list ViewModel turns them into its repository filter. "Rensa filter" is {@link #clear()}. No controls here.
 */
public final class ListFilters {

    private final StringProperty actorType = new SimpleStringProperty();
    private final PlaceChoice place = new PlaceChoice();
    private final ObjectProperty<Long> branchId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> forumId = new SimpleObjectProperty<>();
    private final BooleanProperty verifyDue = new SimpleBooleanProperty();
    private final BooleanBinding active;

    public ListFilters() {
        active = Bindings.createBooleanBinding(() -> actorType.get() != null || place.countyCode().get() != null
                        || place.municipalityCode().get() != null || branchId.get() != null || forumId.get() != null
                        || verifyDue.get(),
                dependencies());
    }

    private Observable[] dependencies() {
        return new Observable[] {actorType, place.countyCode(), place.municipalityCode(), branchId, forumId, verifyDue};
    }

    /** Runs {@code onChange} whenever any filter changes (once per change; clearing may change several). */
    public void onChange(Runnable onChange) {
        // Change listeners, not invalidation listeners: those fire only once until someone reads the value again.
        for (Observable o : dependencies()) {
            ((javafx.beans.value.ObservableValue<?>) o).addListener((obs, was, now) -> onChange.run());
        }
    }

    public void clear() {
        actorType.set(null);
        place.countyCode().set(null);
        place.municipalityCode().set(null);
        branchId.set(null);
        forumId.set(null);
        verifyDue.set(false);
    }

    public ObjectProperty<FilterChoices> choices() {
        return place.choices();
    }

    public StringProperty actorType() {
        return actorType;
    }

    public PlaceChoice place() {
        return place;
    }

    public ObjectProperty<Long> branchId() {
        return branchId;
    }

    public ObjectProperty<Long> forumId() {
        return forumId;
    }

    /** "Att kontrollera": only records whose verify-by date has passed or falls within the coming 30 days. */
    public BooleanProperty verifyDue() {
        return verifyDue;
    }

    /** Whether any filter narrows the list (the bar enables "Rensa filter"). */
    public BooleanBinding active() {
        return active;
    }
}
