package se.samverkan.ui.home;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.HomeOverview;
import se.samverkan.domain.RecordKind;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.SeatTermEnding;
import se.samverkan.domain.UpcomingWorkshop;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The home screen's state: counts per area and what needs attention, refreshed in the background. */
public final class HomeViewModel {

    /** The areas the home screen counts; the audit trail is bookkeeping, not an area of work. */
    static final List<RecordKind> SHOWN = Arrays.stream(RecordKind.values())
            .filter(k -> k != RecordKind.AUDIT_ENTRIES).toList();

    private final ObservableList<CountTile> counts = FXCollections.observableArrayList();
    // One read-only view per list, kept here: a fresh wrapper per call would be collected with its listeners.
    private final ObservableList<CountTile> countsView = FXCollections.unmodifiableObservableList(counts);
    private final ObservableList<FollowUpDue> followUps = FXCollections.observableArrayList();
    private final ObservableList<se.samverkan.domain.Clash> clashes = FXCollections.observableArrayList();
    private final ObservableList<FollowUpDue> followUpsView = FXCollections.unmodifiableObservableList(followUps);
    private final ObservableList<SeatTermEnding> endingSeats = FXCollections.observableArrayList();
    private final ObservableList<SeatTermEnding> endingSeatsView = FXCollections.unmodifiableObservableList(endingSeats);
    private final ObservableList<UpcomingWorkshop> workshops = FXCollections.observableArrayList();
    private final ObservableList<UpcomingWorkshop> workshopsView = FXCollections.unmodifiableObservableList(workshops);
    private final ObservableList<RelationshipHealth> coldRelations = FXCollections.observableArrayList();
    private final ObservableList<RelationshipHealth> coldRelationsView =
            FXCollections.unmodifiableObservableList(coldRelations);
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    private final Supplier<HomeOverview> source;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final LongConsumer markDone;

    public HomeViewModel(Supplier<HomeOverview> source, BackgroundTasks tasks, ErrorMessages errors) {
        this(source, tasks, errors, null);
    }

    /** @param markDone marks a follow-up done (runs in the background); null: the panel offers no check button */
    public HomeViewModel(Supplier<HomeOverview> source, BackgroundTasks tasks, ErrorMessages errors, LongConsumer markDone) {
        this.source = source;
        this.tasks = tasks;
        this.errors = errors;
        this.markDone = markDone;
    }

    public boolean canMarkDone() {
        return markDone != null;
    }

    /** Marks the follow-up done in the background, then reads the overview again. */
    public void markDone(long followUpId) {
        if (markDone == null) {
            return;
        }
        tasks.run(() -> {
            markDone.accept(followUpId);
            return Boolean.TRUE;
        }).onSuccess(done -> refresh()).onError(e -> error.set(errors.describe(e))).start();
    }

    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.run(source::get)
                .onSuccess(this::show)
                .onError(e -> error.set(errors.describe(e)))
                .andFinally(() -> loading.set(false))
                .start();
    }

    private void show(HomeOverview overview) {
        error.set("");
        today.set(overview.today());
        counts.setAll(SHOWN.stream().map(k -> new CountTile(k, overview.counts().of(k))).toList());
        followUps.setAll(overview.followUps());
        endingSeats.setAll(overview.endingSeats());
        workshops.setAll(overview.workshops());
        coldRelations.setAll(overview.coldRelations());
        clashes.setAll(overview.clashes());
        loaded.set(true);
    }

    /** The double bookings of the coming weeks. */
    public ObservableList<se.samverkan.domain.Clash> clashes() {
        return clashes;
    }

    public ObservableList<CountTile> counts() {
        return countsView;
    }

    public ObservableList<FollowUpDue> followUps() {
        return followUpsView;
    }

    public ObservableList<SeatTermEnding> endingSeats() {
        return endingSeatsView;
    }

    public ObservableList<UpcomingWorkshop> workshops() {
        return workshopsView;
    }

    /** Important relations going cold, the most overdue first. */
    public ObservableList<RelationshipHealth> coldRelations() {
        return coldRelationsView;
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once the first overview arrived, so the view can tell "nothing due" from "not read yet". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
