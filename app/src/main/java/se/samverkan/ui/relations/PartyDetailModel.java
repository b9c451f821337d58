package se.samverkan.ui.relations;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.PartyOverview;
import se.samverkan.domain.PartyRef;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The relations, contacts, assessment and health of the party open in the detail pane, read in the background. An
 * answer for a party that is no longer open is dropped; a change made from the pane reloads it.
 */
public final class PartyDetailModel {

    /** What the pane changes: each call runs in the background. */
    public record Actions(LongConsumer markFollowUpDone, LongConsumer deleteRelationship, LongConsumer deleteInteraction) {
    }

    private final ObjectProperty<PartyRef> party = new SimpleObjectProperty<>();
    private final ObjectProperty<PartyOverview> overview = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final Function<PartyRef, PartyOverview> source;
    private final Actions actions;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private Runnable onChanged = () -> { };
    private final BackgroundTasks.Latest latest;

    public PartyDetailModel(Function<PartyRef, PartyOverview> source, Actions actions, BackgroundTasks tasks,
                            ErrorMessages errors) {
        this.source = source;
        this.actions = actions;
        this.tasks = tasks;
        this.latest = tasks.latest();
        this.errors = errors;
    }

    /** Called after every change made from the pane (the home screen's lists depend on them). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public ReadOnlyObjectProperty<PartyRef> partyProperty() {
        return party;
    }

    /** Null while loading and when no person or organisation is open. */
    public ReadOnlyObjectProperty<PartyOverview> overviewProperty() {
        return overview;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Shows {@code shown}'s sections; null clears them (a forum or workshop is open, or nothing). */
    public void show(PartyRef shown) {
        // The same party opened again keeps its sections on screen while they are read again (no flicker).
        if (shown == null || !shown.equals(party.get())) {
            overview.set(null);
        }
        party.set(shown);
        reload();
    }

    public void reload() {
        PartyRef current = party.get();
        if (current == null) {
            latest.forget();
            return;
        }
        latest.run(() -> source.apply(current), found -> {
            error.set("");
            overview.set(found);
        }, this::fail);
    }

    public void markDone(long followUpId) {
        change(() -> actions.markFollowUpDone().accept(followUpId));
    }

    public void deleteRelationship(long id) {
        change(() -> actions.deleteRelationship().accept(id));
    }

    public void deleteInteraction(long id) {
        change(() -> actions.deleteInteraction().accept(id));
    }

    /** After a dialog saved: reload and tell the listeners. */
    public void saved() {
        reload();
        onChanged.run();
    }

    public void fail(Throwable e) {
        error.set(errors.describe(e));
    }

    /** The failure handler for dialogs that are not validation problems. */
    public Consumer<Throwable> failures() {
        return this::fail;
    }

    private void change(Runnable work) {
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }).onSuccess(done -> saved()).onError(this::fail).start();
    }
}
