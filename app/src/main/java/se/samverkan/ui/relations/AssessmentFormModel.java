package se.samverkan.ui.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.network.StakeholderService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.RecordFormModel;

/** A new assessment of the opened party's influence and interest; the earlier ones stay as its history. */
public final class AssessmentFormModel extends RecordFormModel<StakeholderAssessment> {

    private final PartyRef party;
    private final ObjectProperty<Integer> influence = new SimpleObjectProperty<>(3);
    private final ObjectProperty<Integer> interest = new SimpleObjectProperty<>(3);
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    /** @param current the latest assessment, whose levels the form starts from (null: never assessed) */
    public AssessmentFormModel(PartyRef party, StakeholderAssessment current, LocalDate today, StakeholderService service,
                               BackgroundTasks tasks, Consumer<Throwable> onFailure, LongConsumer onSaved) {
        super(true, tasks, new Operations<>(a -> new ValidationResult(List.of()), a -> List.of(),
                a -> service.assess(new PartyRef(a.personId(), a.organisationId()), a.influence(), a.interest(),
                        a.assessedOn(), a.note()),
                StakeholderAssessment::id), onFailure, onSaved);
        this.party = party;
        assessedOn.set(today);
        if (current != null) {
            influence.set(current.influence());
            interest.set(current.interest());
        }
    }

    public ObjectProperty<Integer> influence() {
        return influence;
    }

    public ObjectProperty<Integer> interest() {
        return interest;
    }

    public ObjectProperty<LocalDate> assessedOn() {
        return assessedOn;
    }

    public StringProperty note() {
        return note;
    }

    @Override
    protected StakeholderAssessment toRecord() {
        return new StakeholderAssessment(0, party.personId(), party.organisationId(),
                influence.get() == null ? 0 : influence.get(), interest.get() == null ? 0 : interest.get(),
                assessedOn.get(), InteractionFormModel.blankToNull(note.get()));
    }
}
