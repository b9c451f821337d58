package se.samverkan.ui.politics;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.Choice;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.service.Messages;
import se.samverkan.service.politics.DemandService;
import se.samverkan.ui.common.FollowUpRow;
import se.samverkan.ui.common.PlaceChoice;
import se.samverkan.ui.common.RecordFormModel;

/**
 * The fields of a new, adopted or changed demand, and the level warning: shown while the chosen level does not hold
 * the chosen policy area (the save goes through all the same).
 */
final class DemandFormModel extends RecordFormModel<PoliticalDemand> {

    private final long id;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty policyArea = new SimpleStringProperty();
    private final StringProperty level = new SimpleStringProperty("MUNICIPALITY");
    private final PlaceChoice place = new PlaceChoice();
    private final ObjectProperty<Long> branchId = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("IDEA");
    private final ObjectProperty<LocalDate> raisedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    private final ObservableList<Named> people = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private final StringBinding levelWarning;
    private final DemandsViewModel owner;

    /**
     * @param demand a saved demand (id set), a draft adopted from the catalogue (id 0), or null for a blank form
     * @param names  the names of the demand's people, in the order of its person ids
     */
    DemandFormModel(DemandsViewModel owner, PoliticalDemand demand, List<Choice> names, Messages messages) {
        super(demand == null || demand.id() == 0, owner.tasks(), new Operations<>(owner.service()::validate,
                d -> List.of(), owner.service()::save, PoliticalDemand::id), owner.list()::fail, owner::changed);
        this.owner = owner;
        place.choices().set(owner.filters().choices().get());
        id = demand == null ? 0 : demand.id();
        if (demand != null) {
            title.set(nz(demand.title()));
            body.set(nz(demand.body()));
            policyArea.set(demand.policyArea());
            level.set(demand.level());
            place.countyCode().set(demand.countyCode());
            place.municipalityCode().set(demand.municipalityCode());
            branchId.set(demand.branchId() == 0 ? null : demand.branchId());
            status.set(demand.status());
            raisedOn.set(demand.raisedOn());
            decidedOn.set(demand.decidedOn());
            notes.set(nz(demand.notes()));
            followUps.setAll(FollowUpRow.of(demand.followUps()));
            people.setAll(names.stream().map(c -> new Named(PartyRef.person(c.id()), c.name())).toList());
        }
        levelWarning = Bindings.createStringBinding(() -> {
            PolicyArea area = owner.areas().stream().filter(a -> a.code().equals(policyArea.get())).findFirst()
                    .orElse(null);
            return DemandService.levelWarning(area, level.get())
                    ? messages.get("ui.demands.warning.level", messages.get("ui.demands.holder." + area.holder()))
                    : "";
        }, policyArea, level, owner.areas());
    }

    @Override
    protected PoliticalDemand toRecord() {
        return new PoliticalDemand(id, title.get(), body.get(), policyArea.get(), level.get(),
                place.municipalityCode().get(), place.countyCode().get(), branchId.get() == null ? 0 : branchId.get(),
                status.get(), raisedOn.get(), decidedOn.get(),
                people.stream().map(p -> p.party().personId()).toList(), notes.get(),
                followUps.stream().map(FollowUpRow::toFollowUp).toList());
    }

    DemandsViewModel owner() {
        return owner;
    }

    /** The warning text, empty while the level holds the policy area. */
    StringBinding levelWarning() {
        return levelWarning;
    }

    StringProperty title() {
        return title;
    }

    StringProperty body() {
        return body;
    }

    StringProperty policyArea() {
        return policyArea;
    }

    StringProperty level() {
        return level;
    }

    PlaceChoice place() {
        return place;
    }

    ObjectProperty<Long> branchId() {
        return branchId;
    }

    StringProperty status() {
        return status;
    }

    ObjectProperty<LocalDate> raisedOn() {
        return raisedOn;
    }

    ObjectProperty<LocalDate> decidedOn() {
        return decidedOn;
    }

    ObservableList<Named> people() {
        return people;
    }

    StringProperty notes() {
        return notes;
    }

    ObservableList<FollowUpRow> followUps() {
        return followUps;
    }
}
