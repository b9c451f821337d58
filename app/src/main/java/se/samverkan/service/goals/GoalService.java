package se.samverkan.service.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FigureValue;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.OperationalGoal;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.domain.ProjectGoal;
import se.samverkan.domain.StatusLevel;
import se.samverkan.domain.Target;
import se.samverkan.domain.TargetStatus;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.store.StoreSession;

/**
 * The goal follow-up (issue #5): targets and outcomes per branch, indicator and period, derived indicators counted from
 * the records, statuses pro rata to the period passed and rolled up per goal, project goal and NUTS area
 * (decision 0015), and the settings (period length, thresholds).
 */
public final class GoalService {

    public static final String VALUE = "value";
    public static final String WOMEN = "women";
    public static final String MEN = "men";
    public static final String BASELINE = "baseline";
    public static final String OVERRIDE_REASON = "overrideReason";
    static final String PERIOD_KIND_KEY = "followup.periodKind";
    static final String ON_TRACK_KEY = "followup.onTrack";
    static final String AT_RISK_KEY = "followup.atRisk";

    private final Workspace workspace;
    private final Locale locale;
    private final Clock clock;

    public GoalService(Workspace workspace, Locale locale, Clock clock) {
        this.workspace = workspace;
        this.locale = locale;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FollowUpSettings settings() {
        return workspace.read(GoalService::settings);
    }

    private static FollowUpSettings settings(StoreSession s) {
        var goals = s.goals();
        PeriodKind kind = goals.setting(PERIOD_KIND_KEY).map(PeriodKind::valueOf)
                .orElse(FollowUpSettings.DEFAULT.periodKind());
        double on = goals.setting(ON_TRACK_KEY).map(Double::parseDouble).orElse(Thresholds.DEFAULT.onTrack());
        double at = goals.setting(AT_RISK_KEY).map(Double::parseDouble).orElse(Thresholds.DEFAULT.atRisk());
        return new FollowUpSettings(kind, new Thresholds(on, at));
    }

    public void saveSettings(FollowUpSettings settings) {
        workspace.inTransaction(s -> {
            s.goals().setSetting(PERIOD_KIND_KEY, settings.periodKind().name());
            s.goals().setSetting(ON_TRACK_KEY, Double.toString(settings.thresholds().onTrack()));
            s.goals().setSetting(AT_RISK_KEY, Double.toString(settings.thresholds().atRisk()));
            return null;
        });
    }

    /** The period of the settings' length that today falls in. */
    public Period currentPeriod() {
        return Period.containing(today(), settings().periodKind());
    }

    /**
     * The periods to choose among: every period with a target or an outcome, this year and this period of the
     * settings' length, the next one of that length; newest first.
     */
    public List<Period> periods() {
        return workspace.read(s -> {
            var all = new TreeSet<Period>();
            for (String p : s.goals().periods()) {
                all.add(Period.parse(p));
            }
            Period current = Period.containing(today(), settings(s).periodKind());
            all.add(current);
            all.add(current.next());
            all.add(Period.year(today().getYear()));
            return new ArrayList<>(all.descendingSet());
        });
    }

    public List<ProjectGoal> projectGoals() {
        return workspace.read(s -> s.goals().projectGoals());
    }

    public List<OperationalGoal> operationalGoals() {
        return workspace.read(s -> s.goals().operationalGoals());
    }

    public List<Indicator> indicators() {
        return workspace.read(s -> s.goals().indicators());
    }

    public static final String NAME_SV = "nameSv";
    public static final String NAME_EN = "nameEn";
    public static final String UNIT = "unit";
    public static final List<String> UNITS = List.of("COUNT", "PERCENT", "SEK", "YES_NO");
    public static final List<String> DIRECTIONS = List.of("HIGHER", "LOWER");
    /** The sources a coordinator's own indicator can have: typed, or filled from the branch spreadsheets. */
    public static final List<String> OWN_SOURCES = List.of("MANUAL", "IMPORTED");

    /** Checks an indicator without saving it. */
    public ValidationResult validate(Indicator indicator) {
        return workspace.read(s -> checks(s, indicator)).result();
    }

    /**
     * Adds an indicator under an operational goal (id 0) or changes one. Its unit cannot change once a branch has a
     * target or an outcome for it; a derived indicator keeps its unit, source and rule.
     */
    public Indicator saveIndicator(Indicator indicator) {
        return workspace.inTransaction(s -> {
            checks(s, indicator).throwIfAny();
            return s.goals().saveIndicator(indicator);
        });
    }

    private static FieldChecks checks(StoreSession s, Indicator i) {
        FieldChecks checks = new FieldChecks();
        checks.text(i.nameSv(), NAME_SV, 300, true);
        checks.text(i.nameEn(), NAME_EN, 300, true);
        checks.require(UNITS.contains(i.unit()), UNIT, FieldProblem.REQUIRED);
        checks.require(DIRECTIONS.contains(i.direction()), "direction", FieldProblem.REQUIRED);
        checks.require(i.operationalGoalId() >= 1 && i.operationalGoalId() <= 8, "operationalGoal",
                FieldProblem.OUT_OF_RANGE);
        if (i.id() == 0) {
            checks.require(OWN_SOURCES.contains(i.source()), "source", FieldProblem.OUT_OF_RANGE);
        } else {
            Indicator stored = s.goals().indicators().stream().filter(x -> x.id() == i.id()).findFirst().orElse(null);
            if (stored != null && !stored.derived()) {
                checks.require(OWN_SOURCES.contains(i.source()), "source", FieldProblem.OUT_OF_RANGE);
                checks.require(stored.unit().equals(i.unit()) || !s.goals().hasValues(i.id()), UNIT,
                        FieldProblem.UNIT_IN_USE);
            }
        }
        return checks;
    }

    /** Hides an indicator from the follow-up; its targets, outcomes and history stay in the database. */
    public void deactivateIndicator(long id) {
        workspace.inTransaction(s -> {
            s.goals().setIndicatorActive(id, false);
            return null;
        });
    }

    /**
     * A starting value for a new target: for members holding elected office, 1 % of the branch's active members,
     * rounded up (the project's 1 % goal, seed 001) in the period's year or the latest year before; null otherwise.
     */
    public BigDecimal suggestedTarget(Indicator indicator, long branchId, Period period) {
        if (!"ELECTED_OFFICES".equals(indicator.derivedRule())) {
            return null;
        }
        return workspace.read(s -> s.branches().activeMembers(branchId).entrySet().stream()
                .filter(e -> e.getKey() <= period.year()).max(Map.Entry.comparingByKey())
                // rounded up, as the 1 % goal is (decision 0016): reaching the target always means at least 1 %
                .map(e -> BigDecimal.valueOf(Math.max(1, (e.getValue() + 99) / 100))).orElse(null));
    }

    /** Sets an operational goal's local wording note; blank removes it. The seed text never changes. */
    public void setLocalNote(int operationalGoalId, String note) {
        FieldChecks checks = new FieldChecks();
        checks.text(note, "localNote", 4000, false);
        checks.throwIfAny();
        workspace.inTransaction(s -> {
            s.goals().setOperationalNote(operationalGoalId, note == null || note.isBlank() ? null : note.strip());
            return null;
        });
    }

    /** The follow-up of {@code period} as of today: every branch × indicator, with roll-ups. */
    public GoalDashboard dashboard(Period period) {
        LocalDate today = today();
        return workspace.read(s -> {
            StatusRule rule = new StatusRule(settings(s).thresholds());
            List<Branch> branches = s.branches().all();
            List<ProjectGoal> projectGoals = s.goals().projectGoals();
            List<OperationalGoal> goals = s.goals().operationalGoals();
            List<Indicator> indicators = s.goals().indicators();
            Map<String, Target> targets = new HashMap<>();
            s.goals().targets(period.toString()).forEach(t -> targets.put(key(t.indicatorId(), t.branchId()), t));
            Map<String, Outcome> reports = new HashMap<>();
            s.goals().outcomes(period.toString()).forEach(o -> reports.put(key(o.indicatorId(), o.branchId()), o));
            Map<Long, Map<Long, FigureValue>> derived = derived(s, indicators, period);
            List<GoalFigure> figures = new ArrayList<>();
            for (Branch branch : branches) {
                for (Indicator indicator : indicators) {
                    Target target = targets.get(key(indicator.id(), branch.id()));
                    Outcome report = reports.get(key(indicator.id(), branch.id()));
                    figures.add(figure(rule, indicator, branch.id(), period, today, target, report,
                            derived.get(indicator.id())));
                }
            }
            return new GoalDashboard(period, today, branches, projectGoals, goals, figures,
                    rollUps(rule, branches, projectGoals, goals, figures));
        });
    }

    /** One branch's indicator over every period of {@code kind} that has a target or an outcome, with its changes. */
    public IndicatorHistory history(long indicatorId, long branchId, PeriodKind kind) {
        LocalDate today = today();
        return workspace.read(s -> {
            StatusRule rule = new StatusRule(settings(s).thresholds());
            Indicator indicator = s.goals().indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no active indicator " + indicatorId));
            Map<Period, Target> targets = new HashMap<>();
            s.goals().targets(indicatorId, branchId).forEach(t -> targets.put(Period.parse(t.period()), t));
            Map<Period, Outcome> reports = new HashMap<>();
            s.goals().outcomes(indicatorId, branchId).forEach(o -> reports.put(Period.parse(o.period()), o));
            var periods = new TreeSet<Period>();
            targets.keySet().stream().filter(p -> p.kind() == kind).forEach(periods::add);
            reports.keySet().stream().filter(p -> p.kind() == kind).forEach(periods::add);
            periods.add(Period.containing(today, kind));
            List<GoalFigure> series = new ArrayList<>();
            for (Period p : periods) {
                Map<Long, FigureValue> counted = indicator.derived()
                        ? s.derivedFigures().byBranch(indicator.derivedRule(), p.start(), p.end()) : null;
                series.add(figure(rule, indicator, branchId, p, today, targets.get(p), reports.get(p), counted));
            }
            return new IndicatorHistory(series, s.goals().history(indicatorId, branchId));
        });
    }

    private static GoalFigure figure(StatusRule rule, Indicator indicator, long branchId, Period period, LocalDate today,
                                     Target target, Outcome report, Map<Long, FigureValue> derived) {
        FigureValue outcome;
        if (indicator.derived() && derived != null) {
            outcome = derived.getOrDefault(branchId, FigureValue.ZERO);
        } else {
            outcome = report == null ? null : new FigureValue(report.value(), report.women(), report.men());
        }
        TargetStatus status = rule.status(indicator, target == null ? null : target.value(),
                outcome == null ? null : outcome.total(), period, today,
                report == null ? null : report.statusOverride(), report == null ? null : report.overrideReason());
        return new GoalFigure(indicator, branchId, period, target, outcome, report, status);
    }

    /** Each derived indicator's figures for the period, by indicator id then branch id (one query per rule). */
    private static Map<Long, Map<Long, FigureValue>> derived(StoreSession s, List<Indicator> indicators, Period period) {
        Map<String, Map<Long, FigureValue>> byRule = new HashMap<>();
        Map<Long, Map<Long, FigureValue>> result = new HashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.derived()) {
                result.put(indicator.id(), byRule.computeIfAbsent(indicator.derivedRule(),
                        rule -> s.derivedFigures().byBranch(rule, period.start(), period.end())));
            }
        }
        return result;
    }

    private static Map<String, StatusLevel> rollUps(StatusRule rule, List<Branch> branches,
                                                    List<ProjectGoal> projectGoals, List<OperationalGoal> goals,
                                                    List<GoalFigure> figures) {
        Map<Integer, Integer> projectOf = new HashMap<>();
        goals.forEach(g -> projectOf.put(g.id(), g.projectGoalId()));
        Map<String, StatusLevel> rollUps = new HashMap<>();
        for (OperationalGoal goal : goals) {
            put(rollUps, GoalDashboard.areaKey(goal.id()), rule, figures, f -> f.indicator().operationalGoalId() == goal.id());
            for (Branch b : branches) {
                put(rollUps, GoalDashboard.cellKey(b.id(), goal.id()), rule, figures,
                        f -> f.branchId() == b.id() && f.indicator().operationalGoalId() == goal.id());
            }
        }
        for (ProjectGoal project : projectGoals) {
            Predicate<GoalFigure> under = f -> projectOf.get(f.indicator().operationalGoalId()) == project.id();
            put(rollUps, GoalDashboard.areaProjectKey(project.id()), rule, figures, under);
            for (Branch b : branches) {
                put(rollUps, GoalDashboard.projectKey(b.id(), project.id()), rule, figures,
                        under.and(f -> f.branchId() == b.id()));
            }
        }
        for (Branch b : branches) {
            put(rollUps, GoalDashboard.branchKey(b.id()), rule, figures, f -> f.branchId() == b.id());
        }
        put(rollUps, GoalDashboard.AREA_TOTAL_KEY, rule, figures, f -> true);
        return rollUps;
    }

    /** The mean weight of the judged figures, as a level; nothing judged leaves the key out (no data). */
    private static void put(Map<String, StatusLevel> rollUps, String key, StatusRule rule, List<GoalFigure> figures,
                            Predicate<GoalFigure> which) {
        double sum = 0;
        int n = 0;
        for (GoalFigure f : figures) {
            if (which.test(f) && f.status().level() != StatusLevel.NO_DATA) {
                sum += rule.weight(f.status());
                n++;
            }
        }
        if (n > 0) {
            rollUps.put(key, rule.level(sum / n));
        }
    }

    private static String key(long indicatorId, long branchId) {
        return indicatorId + "/" + branchId;
    }

    /** Checks a target without saving it. */
    public ValidationResult validate(Target target) {
        return checks(target).result();
    }

    /** Sets a branch's target (creates or changes it; the change goes to the history). */
    public Target saveTarget(Target target) {
        checks(target).throwIfAny();
        return workspace.inTransaction(s -> s.goals().saveTarget(target));
    }

    public void deleteTarget(long indicatorId, long branchId, Period period) {
        workspace.inTransaction(s -> {
            s.goals().deleteTarget(indicatorId, branchId, period.toString());
            return null;
        });
    }

    private FieldChecks checks(Target t) {
        Indicator indicator = indicator(t.indicatorId());
        FieldChecks checks = new FieldChecks();
        checks.require(t.value() != null, VALUE, FieldProblem.REQUIRED);
        value(checks, indicator, t.value(), VALUE);
        value(checks, indicator, t.baseline(), BASELINE);
        split(checks, t.value(), t.women(), t.men());
        Period.parse(t.period());
        return checks;
    }

    /** Checks an outcome without saving it. */
    public ValidationResult validate(Outcome outcome) {
        return checks(outcome).result();
    }

    /**
     * Reports a branch's outcome with its comment and any status override (which needs a written reason). For a
     * derived indicator the value is the one counted from the records now; only the comment and override are the
     * user's.
     */
    public Outcome saveOutcome(Outcome outcome) {
        checks(outcome).throwIfAny();
        Indicator indicator = indicator(outcome.indicatorId());
        return workspace.inTransaction(s -> {
            Outcome stored = outcome;
            if (indicator.derived()) {
                Period p = Period.parse(outcome.period());
                FigureValue counted = s.derivedFigures().byBranch(indicator.derivedRule(), p.start(), p.end())
                        .getOrDefault(outcome.branchId(), FigureValue.ZERO);
                stored = new Outcome(0, outcome.indicatorId(), outcome.branchId(), outcome.period(), counted.total(),
                        counted.women(), counted.men(), "DERIVED", outcome.comment(), outcome.statusOverride(),
                        outcome.overrideReason());
            }
            return s.goals().saveOutcome(stored);
        });
    }

    private FieldChecks checks(Outcome o) {
        Indicator indicator = indicator(o.indicatorId());
        FieldChecks checks = new FieldChecks();
        if (!indicator.derived()) {
            checks.require(o.value() != null, VALUE, FieldProblem.REQUIRED);
            value(checks, indicator, o.value(), VALUE);
            split(checks, o.value(), o.women(), o.men());
        }
        checks.text(o.comment(), "comment", 4000, false);
        if (o.statusOverride() != null) {
            checks.require(StatusLevel.valueOf(o.statusOverride()) != StatusLevel.NO_DATA, "statusOverride",
                    FieldProblem.OUT_OF_RANGE);
            checks.text(o.overrideReason(), OVERRIDE_REASON, 2000, true);
        }
        Period.parse(o.period());
        return checks;
    }

    private static void value(FieldChecks checks, Indicator indicator, BigDecimal value, String field) {
        if (value == null) {
            return;
        }
        checks.require(value.signum() >= 0, field, FieldProblem.OUT_OF_RANGE);
        switch (indicator.unit()) {
            case "PERCENT" -> checks.require(value.compareTo(BigDecimal.valueOf(100)) <= 0, field, FieldProblem.OUT_OF_RANGE);
            case "YES_NO" -> checks.require(value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0,
                    field, FieldProblem.OUT_OF_RANGE);
            default -> { }
        }
    }

    /** Women and men together cannot be more than the total (the rest may be other or unknown). */
    private static void split(FieldChecks checks, BigDecimal total, BigDecimal women, BigDecimal men) {
        if (women != null) {
            checks.require(women.signum() >= 0, WOMEN, FieldProblem.OUT_OF_RANGE);
        }
        if (men != null) {
            checks.require(men.signum() >= 0, MEN, FieldProblem.OUT_OF_RANGE);
        }
        if (total != null && (women != null || men != null)) {
            BigDecimal sum = (women == null ? BigDecimal.ZERO : women).add(men == null ? BigDecimal.ZERO : men);
            checks.require(sum.compareTo(total) <= 0, MEN, FieldProblem.SPLIT_OVER_TOTAL);
        }
    }

    private Indicator indicator(long id) {
        return indicators().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no active indicator " + id));
    }

    /**
     * Copies a branch's targets from {@code from} to {@code to} (last period's, to adjust); the baseline becomes the
     * old period's outcome. Targets already set in {@code to} stay. Returns how many were copied.
     */
    public int copyTargets(long branchId, Period from, Period to) {
        return workspace.inTransaction(s -> s.goals().copyTargets(branchId, from.toString(), to.toString()));
    }
}
