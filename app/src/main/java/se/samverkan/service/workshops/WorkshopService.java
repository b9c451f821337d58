package se.samverkan.service.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverkan.domain.AgendaItem;
import se.samverkan.domain.GenderSplitCount;
import se.samverkan.domain.MaterialItem;
import se.samverkan.domain.Participation;
import se.samverkan.domain.ValidationResult;
import se.samverkan.domain.Workshop;
import se.samverkan.domain.WorkshopFilter;
import se.samverkan.domain.WorkshopPlan;
import se.samverkan.domain.WorkshopRow;
import se.samverkan.domain.WorkshopType;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;
import se.samverkan.store.StoreSession;

/**
 * Workshops and trainings: list, validate (status changes, dates, times, agenda, materials, participants), save and
 * delete. The agenda's fit is a warning ({@link AgendaFit}), never a reason to refuse a save. The calendar reads the
 * dated workshops of a period through {@link #list}.
 */
public final class WorkshopService {

    public static final String TITLE = "title";
    public static final String TYPE = "workshopType";
    public static final String STATUS = "status";
    public static final String HELD_ON = "heldOn";
    public static final String END_TIME = "endTime";
    public static final String ADDRESS = "address";
    public static final String ONLINE_LINK = "onlineLink";
    public static final String FACILITATOR = "facilitator";
    public static final String EVALUATION = "evaluation";
    public static final String AGENDA = "agenda";
    public static final String MATERIALS = "materials";
    public static final String PARTICIPANTS = "participants";
    public static final int LIST_LIMIT = 2000;

    private final Workspace workspace;
    private final Locale locale;
    private final Clock clock;

    public WorkshopService(Workspace workspace, Locale locale, Clock clock) {
        this.workspace = workspace;
        this.locale = locale;
        this.clock = clock;
    }

    public List<WorkshopRow> list(WorkshopFilter filter) {
        return workspace.read(s -> s.workshops(locale).list(filter, LIST_LIMIT));
    }

    public List<WorkshopType> types() {
        return workspace.read(s -> s.workshops(locale).types());
    }

    /** The operational goals (1–8) a workshop can be linked to. */
    public List<se.samverkan.domain.Choice> goals() {
        return workspace.read(s -> s.workshops(locale).goals());
    }

    public Optional<WorkshopPlan> find(long id) {
        return workspace.read(s -> s.workshops(locale).find(id));
    }

    public ValidationResult validate(WorkshopPlan plan) {
        return workspace.read(s -> check(plan, s).result());
    }

    /** Validates, tidies (trimmed texts, empty rows dropped) and stores; id 0 creates. Throws {@link ValidationException}. */
    public WorkshopPlan save(WorkshopPlan plan) {
        return workspace.inTransaction(s -> {
            check(plan, s).throwIfAny();
            WorkshopPlan clean = tidy(plan);
            var repository = s.workshops(locale);
            return clean.workshop().id() == 0 ? repository.create(clean) : repository.update(clean);
        });
    }

    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.workshops(locale).delete(id);
            return null;
        });
    }

    /** All participants of a workshop: total, women and men (companies are not counted here). */
    public static GenderSplitCount totals(List<Participation> participants) {
        int women = participants.stream().mapToInt(Participation::women).sum();
        int men = participants.stream().mapToInt(Participation::men).sum();
        int other = participants.stream().mapToInt(Participation::other).sum();
        return new GenderSplitCount(women + men + other, women, men, null);
    }

    /** How the plan's agenda fits its session. */
    public static AgendaFit fit(WorkshopPlan plan) {
        return AgendaFit.of(plan.workshop().startTime(), plan.workshop().endTime(),
                plan.agenda().stream().map(AgendaItem::durationMinutes).toList());
    }

    private FieldChecks check(WorkshopPlan plan, StoreSession s) {
        Workshop w = plan.workshop();
        var checks = new FieldChecks();
        checks.text(w.title(), TITLE, 200, true);
        checks.text(w.workshopType(), TYPE, 40, true);
        WorkshopStatus status = WorkshopStatus.of(w.status());
        if (w.id() != 0) {
            s.workshops(locale).find(w.id()).ifPresent(saved -> checks.require(
                    WorkshopStatus.of(saved.workshop().status()).canBecome(status), STATUS, FieldProblem.STATUS_CHANGE));
        }
        checks.require(!status.needsDate() || w.heldOn() != null, HELD_ON, FieldProblem.REQUIRED);
        checks.require(status != WorkshopStatus.HELD || w.heldOn() == null || !w.heldOn().isAfter(LocalDate.now(clock)),
                HELD_ON, FieldProblem.IN_THE_FUTURE);
        checks.require(w.startTime() == null || w.endTime() == null || w.endTime().isAfter(w.startTime()), END_TIME,
                FieldProblem.END_BEFORE_START);
        checks.text(w.address(), ADDRESS, 300, false);
        checks.text(w.onlineLink(), ONLINE_LINK, 500, false);
        checks.text(w.facilitator(), FACILITATOR, 200, false);
        checks.text(w.evaluationNotes(), EVALUATION, 8000, false);
        for (AgendaItem item : plan.agenda()) {
            checks.text(item.title(), AGENDA, 300, true);
            checks.require(item.durationMinutes() > 0 && item.durationMinutes() <= 24 * 60, AGENDA,
                    FieldProblem.OUT_OF_RANGE);
        }
        for (MaterialItem item : plan.materials()) {
            checks.text(item.title(), MATERIALS, 300, false);
        }
        for (Participation p : plan.participants()) {
            checks.require(p.women() >= 0 && p.men() >= 0 && p.other() >= 0, PARTICIPANTS, FieldProblem.OUT_OF_RANGE);
            checks.require(w.branchIds().contains(p.branchId()), PARTICIPANTS, FieldProblem.NOT_INVITED);
        }
        return checks;
    }

    /**
     * Trimmed texts, blank ones as null; blank checklist lines dropped; participants and evaluation kept only for a
     * held workshop (before that there is nothing to count), and rows of only zeros dropped.
     */
    static WorkshopPlan tidy(WorkshopPlan plan) {
        Workshop w = plan.workshop();
        boolean held = WorkshopStatus.of(w.status()) == WorkshopStatus.HELD;
        var workshop = new Workshop(w.id(), w.title().strip(), w.workshopType(), WorkshopStatus.of(w.status()).name(),
                w.heldOn(), w.startTime(), w.endTime(), w.municipalityCode(), blankToNull(w.address()),
                blankToNull(w.onlineLink()), blankToNull(w.facilitator()), held ? blankToNull(w.evaluationNotes()) : null,
                w.branchIds().stream().distinct().toList(), w.operationalGoalIds().stream().distinct().sorted().toList());
        List<AgendaItem> agenda = plan.agenda().stream()
                .map(a -> new AgendaItem(a.id(), w.id(), a.position(), a.title().strip(), a.durationMinutes())).toList();
        List<MaterialItem> materials = plan.materials().stream().filter(m -> m.title() != null && !m.title().isBlank())
                .map(m -> new MaterialItem(m.title().strip(), m.done())).toList();
        List<Participation> participants = held ? plan.participants().stream()
                .filter(p -> p.women() + p.men() + p.other() > 0).toList() : List.of();
        return new WorkshopPlan(workshop, agenda, materials, participants);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
