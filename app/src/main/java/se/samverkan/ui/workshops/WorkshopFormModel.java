package se.samverkan.ui.workshops;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.Branch;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.DayConflicts;
import se.samverkan.domain.FilterChoices;
import se.samverkan.domain.MaterialItem;
import se.samverkan.domain.Participation;
import se.samverkan.domain.Workshop;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.domain.WorkshopType;
import se.samverkan.service.workshops.AgendaFit;
import se.samverkan.ui.common.DayConflictsWatch;
import se.samverkan.ui.common.PlaceChoice;
import se.samverkan.ui.common.RecordFormModel;
import se.samverkan.ui.common.TimeFields;

/**
 * The workshop form's state: the plan's fields, the agenda rows (title and minutes, with computed start times and the
 * fit against the session), the materials checklist, and the participants per invited branch. No controls here.
 */
public final class WorkshopFormModel extends RecordFormModel<WorkshopPlan> {

    /** One agenda row being edited; minutes as typed (a non-number counts as 0 until corrected). */
    public static final class AgendaRow {
        final StringProperty title = new SimpleStringProperty("");
        final StringProperty minutes = new SimpleStringProperty("");

        AgendaRow(String title, int minutes) {
            this.title.set(title);
            this.minutes.set(minutes > 0 ? Integer.toString(minutes) : "");
        }

        int minutesValue() {
            try {
                return Integer.parseInt(minutes.get().strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** One checklist line being edited. */
    public static final class MaterialRow {
        final StringProperty title = new SimpleStringProperty("");
        final BooleanProperty done = new SimpleBooleanProperty();

        MaterialRow(String title, boolean done) {
            this.title.set(title);
            this.done.set(done);
        }
    }

    /** Women and men of one invited branch, as typed. */
    public static final class Count {
        final StringProperty women = new SimpleStringProperty("");
        final StringProperty men = new SimpleStringProperty("");
    }

    private final long id;
    private final FilterChoices choices;
    private final List<WorkshopType> types;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("IDEA");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final PlaceChoice place = new PlaceChoice();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final StringProperty evaluation = new SimpleStringProperty("");
    private final ObservableList<Long> branches = FXCollections.observableArrayList();
    private final ObservableList<Integer> goals = FXCollections.observableArrayList();
    private final ObservableList<AgendaRow> agenda = FXCollections.observableArrayList(
            r -> new Observable[] {r.title, r.minutes});
    private final ObservableList<MaterialRow> materials = FXCollections.observableArrayList();
    private final Map<Long, Count> counts = new TreeMap<>();
    private final ObjectBinding<AgendaFit> fit;
    private final DayConflictsWatch day;

    WorkshopFormModel(WorkshopsViewModel list, FilterChoices choices, List<WorkshopType> types, WorkshopPlan plan) {
        super(plan == null, list.tasks(), new Operations<>(list.service()::validate, p -> List.of(),
                list.service()::save, p -> p.workshop().id()), list.list()::fail, list::changed);
        this.choices = choices;
        this.types = List.copyOf(types);
        this.id = plan == null ? 0 : plan.workshop().id();
        place.choices().set(choices);
        fit = Bindings.createObjectBinding(() -> AgendaFit.of(TimeFields.parse(start.get()),
                TimeFields.parse(end.get()), minutes()),
                agenda, start, end);
        if (plan != null) {
            fill(plan);
        }
        // after fill: an opened workshop is checked once, with its stored day and times
        long self = id;
        day = new DayConflictsWatch(list.tasks(), (on, from, to, cancelled) -> list.calendar().conflicts(
                CalendarEventKind.WORKSHOP, self, on, from, to, cancelled), date, start, end,
                Bindings.equal("CANCELLED", status));
    }

    /** The planned day's holiday and the coordinator's other events at the same time. */
    public ReadOnlyObjectProperty<DayConflicts> conflicts() {
        return day.conflicts();
    }

    private void fill(WorkshopPlan plan) {
        Workshop w = plan.workshop();
        title.set(w.title());
        type.set(w.workshopType());
        status.set(w.status());
        date.set(w.heldOn());
        start.set(TimeFields.format(w.startTime()));
        end.set(TimeFields.format(w.endTime()));
        if (w.municipalityCode() != null) {
            choices.municipalities().stream().filter(m -> m.code().equals(w.municipalityCode())).findFirst()
                    .ifPresent(m -> place.countyCode().set(m.countyCode()));
        }
        place.municipalityCode().set(w.municipalityCode());
        address.set(nz(w.address()));
        link.set(nz(w.onlineLink()));
        facilitator.set(nz(w.facilitator()));
        evaluation.set(nz(w.evaluationNotes()));
        branches.setAll(w.branchIds());
        goals.setAll(w.operationalGoalIds());
        plan.agenda().forEach(a -> agenda.add(new AgendaRow(a.title(), a.durationMinutes())));
        plan.materials().forEach(m -> materials.add(new MaterialRow(m.title(), m.done())));
        for (Participation p : plan.participants()) {
            Count c = count(p.branchId());
            c.women.set(Integer.toString(p.women()));
            c.men.set(Integer.toString(p.men()));
        }
    }

    private List<Integer> minutes() {
        return agenda.stream().map(AgendaRow::minutesValue).toList();
    }

    /** When each agenda row starts, from the session start; empty without a start time. */
    public List<LocalTime> startTimes() {
        return AgendaFit.startTimes(TimeFields.parse(start.get()), minutes());
    }

    public ObjectBinding<AgendaFit> fit() {
        return fit;
    }

    public void addAgendaItem() {
        agenda.add(new AgendaRow("", 30));
    }

    /** Moves agenda row {@code index} one step up ({@code -1}) or down ({@code +1}). */
    public void move(int index, int step) {
        int to = index + step;
        if (index < 0 || index >= agenda.size() || to < 0 || to >= agenda.size()) {
            return;
        }
        AgendaRow row = agenda.remove(index);
        agenda.add(to, row);
    }

    public void addMaterial() {
        materials.add(new MaterialRow("", false));
    }

    /** The count fields of an invited branch (created on first use). */
    Count count(long branchId) {
        return counts.computeIfAbsent(branchId, b -> new Count());
    }

    @Override
    protected List<se.samverkan.domain.FieldError> unreadableInput() {
        return TimeFields.unreadable(se.samverkan.service.workshops.WorkshopService.END_TIME, start.get(), end.get());
    }

    @Override
    protected WorkshopPlan toRecord() {
        var workshop = new Workshop(id, title.get(), type.get(), status.get(), date.get(), TimeFields.parse(start.get()),
                TimeFields.parse(end.get()), place.municipalityCode().get(), address.get(), link.get(), facilitator.get(),
                evaluation.get(), List.copyOf(branches), List.copyOf(goals));
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            items.add(new AgendaItem(0, id, i, agenda.get(i).title.get(), agenda.get(i).minutesValue()));
        }
        List<MaterialItem> checklist = materials.stream().map(m -> new MaterialItem(m.title.get(), m.done.get())).toList();
        List<Participation> participants = new ArrayList<>();
        for (Long branch : branches) {
            Count c = counts.get(branch);
            if (c != null) {
                participants.add(new Participation(id, branch, number(c.women.get()), number(c.men.get()), 0));
            }
        }
        return new WorkshopPlan(workshop, items, checklist, participants);
    }

    private static int number(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty type() {
        return type;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty start() {
        return start;
    }

    public StringProperty end() {
        return end;
    }

    public PlaceChoice place() {
        return place;
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty link() {
        return link;
    }

    public StringProperty facilitator() {
        return facilitator;
    }

    public StringProperty evaluation() {
        return evaluation;
    }

    public ObservableList<Long> branches() {
        return branches;
    }

    public ObservableList<Integer> goals() {
        return goals;
    }

    public ObservableList<AgendaRow> agenda() {
        return agenda;
    }

    public ObservableList<MaterialRow> materials() {
        return materials;
    }

    public FilterChoices choices() {
        return choices;
    }

    public List<WorkshopType> types() {
        return types;
    }

    public List<Branch> invitedBranches() {
        return choices.branches().stream().filter(b -> branches.contains(b.id())).toList();
    }
}
