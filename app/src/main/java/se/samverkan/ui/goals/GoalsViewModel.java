package se.samverkan.ui.goals;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Period;
import se.samverkan.service.goals.FollowUpSettings;
import se.samverkan.service.goals.GoalService;
import se.samverkan.service.goals.IndicatorHistory;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/**
 * The Verksamhetsmål area's state: the periods to choose among, the chosen period's dashboard (loaded in the
 * background, newest wins), the chosen cell (a branch under an operational goal, or the whole area), the chosen figure
 * and its history over the periods.
 */
public final class GoalsViewModel {

    /** A chosen cell: a branch (null for the whole NUTS area) under an operational goal. */
    public record Cell(Long branchId, int goalId) {
    }

    private final GoalService service;
    private final BackgroundTasks tasks;
    private final ErrorMessages errors;
    private final BackgroundTasks.Latest dashboardLoads;
    private final BackgroundTasks.Latest historyLoads;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<GoalDashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Cell> cell = new SimpleObjectProperty<>();
    private final ObjectProperty<GoalFigure> figure = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<IndicatorHistory> history = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private FollowUpSettings settings = FollowUpSettings.DEFAULT;

    public GoalsViewModel(GoalService service, BackgroundTasks tasks, ErrorMessages errors) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
        this.dashboardLoads = tasks.latest();
        this.historyLoads = tasks.latest();
        period.addListener((obs, was, now) -> reload());
        figure.addListener((obs, was, now) -> loadHistory());
    }

    /** Loads the settings and the periods, choosing the current period the first time. */
    public void load() {
        tasks.run(() -> new Object[] {service.settings(), service.periods(), service.currentPeriod()})
                .onSuccess(found -> {
                    settings = (FollowUpSettings) found[0];
                    @SuppressWarnings("unchecked")
                    List<Period> all = (List<Period>) found[1];
                    Period chosen = period.get();
                    periods.setAll(all);
                    if (chosen == null || !all.contains(chosen)) {
                        period.set((Period) found[2]);
                    } else {
                        reload();
                    }
                }).onError(this::fail).start();
    }

    /** Reads the chosen period's dashboard again (after a change), keeping the chosen cell and figure. */
    public void reload() {
        Period p = period.get();
        if (p == null) {
            return;
        }
        error.set(null);
        loading.set(true);
        dashboardLoads.run(() -> service.dashboard(p), d -> {
            loading.set(false);
            dashboard.set(d);
            GoalFigure chosen = figure.get();
            if (chosen != null) {
                figure.set(d.figures().stream().filter(f -> f.branchId() == chosen.branchId()
                        && f.indicator().id() == chosen.indicator().id()).findFirst().orElse(null));
            }
        }, e -> {
            loading.set(false);
            fail(e);
        });
    }

    /** True while a period's figures are being counted (a few seconds the first time on a large database). */
    public javafx.beans.property.ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    private void loadHistory() {
        GoalFigure f = figure.get();
        if (f == null) {
            historyLoads.forget();
            history.set(null);
            return;
        }
        var kind = f.period().kind();
        historyLoads.run(() -> service.history(f.indicator().id(), f.branchId(), kind), history::set, this::fail);
    }

    /** Copies the branch's targets of the period before into the chosen one; says how many. */
    public void copyTargets(long branchId, Consumer<Integer> done) {
        Period to = period.get();
        tasks.run(() -> service.copyTargets(branchId, to.previous(), to)).onSuccess(n -> {
            done.accept(n);
            reload();
        }).onError(this::fail).start();
    }

    /** Sets an operational goal's local wording note (blank removes it); the seed text stays as it is. */
    public void saveLocalNote(int goalId, String note) {
        tasks.run(() -> {
            service.setLocalNote(goalId, note);
            return null;
        }).onSuccess(v -> reload()).onError(this::fail).start();
    }

    public void saveSettings(FollowUpSettings changed) {
        tasks.run(() -> {
            service.saveSettings(changed);
            return null;
        }).onSuccess(v -> {
            settings = changed;
            load();
        }).onError(this::fail).start();
    }

    void fail(Throwable e) {
        error.set(errors.describe(e));
    }

    /** After an indicator was added, changed or hidden: the dashboard is read again, the chosen figure let go. */
    void indicatorsChanged(long ignoredId) {
        figure.set(null);
        reload();
    }

    /** Hides an indicator from the follow-up; its values stay in the database. */
    public void deactivate(se.samverkan.domain.Indicator indicator) {
        tasks.run(() -> {
            service.deactivateIndicator(indicator.id());
            return null;
        }).onSuccess(v -> indicatorsChanged(indicator.id())).onError(this::fail).start();
    }

    /** Called by a form after a save: the dashboard and the history show the new value. */
    void changed(long ignoredId) {
        reload();
        loadHistory();
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObjectProperty<Period> period() {
        return period;
    }

    public ReadOnlyObjectProperty<GoalDashboard> dashboard() {
        return dashboard.getReadOnlyProperty();
    }

    public ObjectProperty<Cell> cell() {
        return cell;
    }

    public ObjectProperty<GoalFigure> figure() {
        return figure;
    }

    public ReadOnlyObjectProperty<IndicatorHistory> history() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    void notice(String text) {
        notice.set(text);
    }

    public FollowUpSettings settings() {
        return settings;
    }

    GoalService service() {
        return service;
    }

    BackgroundTasks tasks() {
        return tasks;
    }
}
