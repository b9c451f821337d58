package se.samverkan.ui.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.FollowUpRow;
import se.samverkan.ui.common.RecordFormModel;

/**
 * Logging a contact: day, kind, topic, notes, participants and follow-ups, saved in one transaction by the service,
 * which also validates (field names as {@link se.samverkan.service.network.InteractionService} reports them, a
 * follow-up's as {@code followUps[i].description}).
 */
public final class InteractionFormModel extends RecordFormModel<InteractionLog> {

    public static final String FOLLOW_UPS = "followUps";

    private final ObjectProperty<LocalDate> occurredOn = new SimpleObjectProperty<>();
    private final StringProperty kind = new SimpleStringProperty("MEETING");
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    /** The interaction being changed, 0 for a new one. */
    private final long id;
    private final ObservableList<Named> participants = FXCollections.observableArrayList();
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();

    /**
     * @param opened the party whose pane the dialog was opened from: the first participant
     * @param log    the service's save (validates and stores in one transaction)
     */
    public InteractionFormModel(Named opened, LocalDate today, Function<InteractionLog, InteractionLog> log,
                                BackgroundTasks tasks, Consumer<Throwable> onFailure, LongConsumer onSaved) {
        super(true, tasks, new Operations<>(l -> new ValidationResult(List.of()), l -> List.of(), log,
                l -> l.interaction().id()), onFailure, onSaved);
        this.id = 0;
        occurredOn.set(today);
        if (opened != null) {
            participants.add(opened);
        }
    }

    /**
     * A form for changing a logged interaction.
     *
     * @param named  the participants with their names, in the stored order
     * @param update the service's update (validates and stores in one transaction)
     */
    public InteractionFormModel(InteractionLog existing, List<Named> named, Function<InteractionLog, InteractionLog> update,
                                BackgroundTasks tasks, Consumer<Throwable> onFailure, LongConsumer onSaved) {
        super(false, tasks, new Operations<>(l -> new ValidationResult(List.of()), l -> List.of(), update,
                l -> l.interaction().id()), onFailure, onSaved);
        Interaction in = existing.interaction();
        this.id = in.id();
        occurredOn.set(in.occurredOn());
        kind.set(in.kind());
        topic.set(in.topic());
        notes.set(in.notes() == null ? "" : in.notes());
        participants.setAll(named);
        followUps.setAll(FollowUpRow.of(existing.followUps()));
    }

    public ObjectProperty<LocalDate> occurredOn() {
        return occurredOn;
    }

    /** One of {@link se.samverkan.service.network.InteractionService#KINDS}. */
    public StringProperty kind() {
        return kind;
    }

    public StringProperty topic() {
        return topic;
    }

    public StringProperty notes() {
        return notes;
    }

    public ObservableList<Named> participants() {
        return participants;
    }

    /** Adds a participant unless already there. */
    public void addParticipant(Named party) {
        if (participants.stream().noneMatch(p -> p.party().equals(party.party()))) {
            participants.add(party);
        }
    }

    public boolean takesPart(PartyRef party) {
        return participants.stream().anyMatch(p -> p.party().equals(party));
    }

    public ObservableList<FollowUpRow> followUps() {
        return followUps;
    }

    public FollowUpRow addFollowUp() {
        var row = new FollowUpRow();
        followUps.add(row);
        return row;
    }

    /** The field name the service reports a problem of row {@code index}'s {@code part} under. */
    public static String followUpField(int index, String part) {
        return FieldChecks.followUpField(index, part);
    }

    @Override
    protected InteractionLog toRecord() {
        var interaction = new Interaction(id, occurredOn.get(), kind.get(), topic.get(), blankToNull(notes.get()), null);
        List<FollowUp> actions = followUps.stream().map(FollowUpRow::toFollowUp).toList();
        return new InteractionLog(interaction, participants.stream().map(Named::party).toList(), actions);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
