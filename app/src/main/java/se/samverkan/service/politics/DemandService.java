package se.samverkan.service.politics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.samverkan.domain.CatalogueDemand;
import se.samverkan.domain.Choice;
import se.samverkan.domain.DemandFilter;
import se.samverkan.domain.DemandRow;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.PolicyArea;
import se.samverkan.domain.PoliticalDemand;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;
import se.samverkan.store.StoreSession;

/**
 * Local political demands: list, validate (status moves, dates, place), save and delete, and the inspiration
 * catalogue to adopt from. A level that does not hold the chosen policy area is a warning ({@link #levelWarning}),
 * never a reason to refuse: a branch may well put a regional matter to its municipality's group.
 */
public final class DemandService {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String POLICY_AREA = "policyArea";
    public static final String LEVEL = "level";
    public static final String BRANCH = "branch";
    public static final String STATUS = "status";
    public static final String COUNTY = "county";
    public static final String MUNICIPALITY = "municipality";
    public static final String DECIDED_ON = "decidedOn";
    public static final String NOTES = "notes";
    public static final String FOLLOW_UPS = "followUps";
    public static final List<String> LEVELS = List.of("MUNICIPALITY", "REGION", "BOTH");
    public static final int LIST_LIMIT = 2000;

    private final Workspace workspace;
    private final Locale locale;
    private final Clock clock;

    public DemandService(Workspace workspace, Locale locale, Clock clock) {
        this.workspace = workspace;
        this.locale = locale;
        this.clock = clock;
    }

    public List<DemandRow> list(DemandFilter filter) {
        return workspace.read(s -> s.demands(locale).list(filter, LIST_LIMIT));
    }

    public Optional<PoliticalDemand> find(long id) {
        return workspace.read(s -> s.demands(locale).find(id));
    }

    /** The people involved in a saved demand, by name. */
    public List<Choice> people(long id) {
        return workspace.read(s -> s.demands(locale).people(id));
    }

    public List<PolicyArea> policyAreas() {
        return workspace.read(s -> s.reference().policyAreas());
    }

    public List<CatalogueDemand> catalogue() {
        return workspace.read(s -> s.demands(locale).catalogue());
    }

    /**
     * A new demand drafted from a catalogue entry: its title, text, policy area and level, raised today as an idea.
     * The branch (0) and the place are left for the coordinator to choose.
     */
    public PoliticalDemand adopt(CatalogueDemand example) {
        return new PoliticalDemand(0, example.title(), example.body(), example.policyArea(), example.level(), null,
                null, 0, DemandStatus.IDEA.name(), LocalDate.now(clock), null, List.of(), null,
                List.of());
    }

    /** Whether a demand at {@code level} goes to a body that does not hold {@code area} (a warning, not an error). */
    public static boolean levelWarning(PolicyArea area, String level) {
        return area != null && level != null && !area.heldAt(level);
    }

    public ValidationResult validate(PoliticalDemand demand) {
        return workspace.read(s -> check(demand, s).result());
    }

    /** Validates, trims and stores; id 0 creates. Throws {@link ValidationException}. */
    public PoliticalDemand save(PoliticalDemand demand) {
        return workspace.inTransaction(s -> {
            check(demand, s).throwIfAny();
            PoliticalDemand clean = tidy(demand);
            var repository = s.demands(locale);
            return clean.id() == 0 ? repository.create(clean) : repository.update(clean);
        });
    }

    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.demands(locale).delete(id);
            return null;
        });
    }

    private FieldChecks check(PoliticalDemand d, StoreSession s) {
        var checks = new FieldChecks();
        checks.text(d.title(), TITLE, 300, true);
        checks.text(d.body(), BODY, 8000, false);
        checks.text(d.notes(), NOTES, 8000, false);
        checks.followUps(d.followUps());
        Set<String> areas = Set.copyOf(s.reference().policyAreas().stream().map(PolicyArea::code).toList());
        checks.require(d.policyArea() != null && areas.contains(d.policyArea()), POLICY_AREA, FieldProblem.REQUIRED);
        checks.require(d.level() != null && LEVELS.contains(d.level()), LEVEL, FieldProblem.REQUIRED);
        checks.require(d.branchId() > 0, BRANCH, FieldProblem.REQUIRED);
        checks.require(d.countyCode() != null && !d.countyCode().isBlank(), COUNTY, FieldProblem.REQUIRED);
        // a municipal demand is put to one municipality's group; a regional one may name none
        checks.require(!"MUNICIPALITY".equals(d.level()) || d.municipalityCode() != null, MUNICIPALITY,
                FieldProblem.REQUIRED);
        DemandStatus status = DemandStatus.of(d.status());
        if (d.id() != 0) {
            s.demands(locale).find(d.id()).ifPresent(saved -> checks.require(
                    DemandStatus.of(saved.status()).canBecome(status), STATUS, FieldProblem.DEMAND_STATUS_CHANGE));
        }
        checks.require(!status.needsDecisionDay() || d.decidedOn() != null, DECIDED_ON, FieldProblem.REQUIRED);
        checks.require(d.decidedOn() == null || !d.decidedOn().isAfter(LocalDate.now(clock)), DECIDED_ON,
                FieldProblem.IN_THE_FUTURE);
        checks.require(d.decidedOn() == null || d.raisedOn() == null || !d.decidedOn().isBefore(d.raisedOn()),
                DECIDED_ON, FieldProblem.BEFORE_START);
        return checks;
    }

    static PoliticalDemand tidy(PoliticalDemand d) {
        boolean regional = "REGION".equals(d.level());
        return new PoliticalDemand(d.id(), d.title().strip(), blankToNull(d.body()), d.policyArea(), d.level(),
                regional ? null : d.municipalityCode(), d.countyCode(), d.branchId(), DemandStatus.of(d.status()).name(),
                d.raisedOn(), d.decidedOn(), d.personIds().stream().distinct().toList(), blankToNull(d.notes()),
                d.followUps().stream().map(f -> new FollowUp(f.id(), null, null, f.description().strip(), f.dueDate(),
                        f.doneOn(), blankToNull(f.responsible()))).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
