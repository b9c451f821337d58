package se.samverkan.ui.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.network.RelationshipService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.RecordFormModel;

/**
 * A new or changed relationship of the opened party. A new one goes from the opened party to the other; a changed
 * one keeps its direction, so the other party's field is {@code to} or {@code from} as the service names it.
 */
public final class RelationshipFormModel extends RecordFormModel<RelationshipFormModel.Draft> {

    /** The relationship with its notes, which the service keeps beside it. */
    public record Draft(Relationship relationship, String notes) {
    }

    private final PartyRef self;
    private final Relationship original;
    private final ObjectProperty<Named> other = new SimpleObjectProperty<>();
    private final StringProperty kind = new SimpleStringProperty("KNOWS");
    private final ObjectProperty<Integer> strength = new SimpleObjectProperty<>(3);
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> ownerBranchId = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");

    /**
     * @param original     null for a new relationship
     * @param otherParty   the other side of {@code original}, with its name (null for a new one)
     * @param originalNotes the notes of {@code original}
     */
    public RelationshipFormModel(PartyRef self, Relationship original, Named otherParty, String originalNotes,
                                 RelationshipService service, BackgroundTasks tasks, Consumer<Throwable> onFailure,
                                 LongConsumer onSaved) {
        super(original == null, tasks, new Operations<>(d -> new ValidationResult(List.of()), d -> List.of(),
                d -> new Draft(d.relationship().id() == 0 ? service.create(d.relationship(), d.notes())
                        : service.update(d.relationship(), d.notes()), d.notes()),
                d -> d.relationship().id()), onFailure, onSaved);
        this.self = self;
        this.original = original;
        if (original != null) {
            other.set(otherParty);
            kind.set(original.kind());
            strength.set(original.strength());
            since.set(original.since());
            endedOn.set(original.endedOn());
            ownerBranchId.set(original.ownerBranchId());
            notes.set(nz(originalNotes));
        }
    }

    public PartyRef self() {
        return self;
    }

    /** The field the service reports the other party's problems under. */
    public String otherField() {
        return selfIsFrom() ? "to" : "from";
    }

    private boolean selfIsFrom() {
        return original == null || new PartyRef(original.fromPersonId(), original.fromOrgId()).equals(self);
    }

    public ObjectProperty<Named> other() {
        return other;
    }

    public StringProperty kind() {
        return kind;
    }

    public ObjectProperty<Integer> strength() {
        return strength;
    }

    public ObjectProperty<LocalDate> since() {
        return since;
    }

    public ObjectProperty<LocalDate> endedOn() {
        return endedOn;
    }

    /** The owning avdelning's id; null means the coordinator. */
    public ObjectProperty<Long> ownerBranchId() {
        return ownerBranchId;
    }

    public StringProperty notes() {
        return notes;
    }

    @Override
    protected Draft toRecord() {
        PartyRef o = other.get() == null ? null : other.get().party();
        PartyRef from = selfIsFrom() ? self : o;
        PartyRef to = selfIsFrom() ? o : self;
        int level = strength.get() == null ? 0 : strength.get();
        var r = new Relationship(original == null ? 0 : original.id(), from == null ? null : from.personId(),
                from == null ? null : from.organisationId(), to == null ? null : to.personId(),
                to == null ? null : to.organisationId(), kind.get(), level, since.get(), ownerBranchId.get(),
                endedOn.get());
        return new Draft(r, InteractionFormModel.blankToNull(notes.get()));
    }
}
