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
import se.samverkan.domain.Target;
import se.samverkan.domain.TargetStatus;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
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
        return workspace.read(s -> FigureChecks.of(s, indicator)).result();
    }

    /**
     * Adds an indicator under an operational goal (id 0) or changes one. Its unit cannot change once a branch has a
     * target or an outcome for it; a derived indicator keeps its unit, source and rule.
     */
    public Indicator saveIndicator(Indicator indicator) {
        return workspace.inTransaction(s -> {
            FigureChecks.of(s, indicator).throwIfAny();
            return s.goals().saveIndicator(indicator);
        });
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
                    GoalRollUps.of(rule, branches, projectGoals, goals, figures));
        });
    }

    /** One branch's indicator over every period of {@code kind} that has a target or an outcome, with its changes. */
    public IndicatorHistory history(long indicatorId, long branchId, PeriodKind kind) {
        return histories(List.of(indicatorId), branchId, kind).get(0);
    }

    /**
     * {@link #history} of several indicators in one read: the settings and the indicator list are read once, and a
     * derived rule's count for a period is computed once however many indicators use it (a report asks for all of a
     * branch's indicators at a time).
     */
    public List<IndicatorHistory> histories(List<Long> indicatorIds, long branchId, PeriodKind kind) {
        LocalDate today = today();
        return workspace.read(s -> {
            StatusRule rule = new StatusRule(settings(s).thresholds());
            List<Indicator> all = s.goals().indicators();
            Map<String, Map<Long, FigureValue>> counted = new HashMap<>();
            List<IndicatorHistory> result = new ArrayList<>();
            for (long indicatorId : indicatorIds) {
                Indicator indicator = all.stream().filter(i -> i.id() == indicatorId).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no active indicator " + indicatorId));
                result.add(history(s, rule, indicator, branchId, kind, today, counted));
            }
            return result;
        });
    }

    private static IndicatorHistory history(StoreSession s, StatusRule rule, Indicator indicator, long branchId,
                                            PeriodKind kind, LocalDate today,
                                            Map<String, Map<Long, FigureValue>> counted) {
        long indicatorId = indicator.id();
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
            Map<Long, FigureValue> byBranch = indicator.derived()
                    ? counted.computeIfAbsent(indicator.derivedRule() + "@" + p,
                            k -> s.derivedFigures().byBranch(indicator.derivedRule(), p.start(), p.end()))
                    : null;
            series.add(figure(rule, indicator, branchId, p, today, targets.get(p), reports.get(p), byBranch));
        }
        return new IndicatorHistory(series, s.goals().history(indicatorId, branchId));
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

    private static String key(long indicatorId, long branchId) {
        return indicatorId + "/" + branchId;
    }

    /** Checks a target without saving it. */
    public ValidationResult validate(Target target) {
        return FigureChecks.of(indicator(target.indicatorId()), target).result();
    }

    /** Sets a branch's target (creates or changes it; the change goes to the history). */
    public Target saveTarget(Target target) {
        FigureChecks.of(indicator(target.indicatorId()), target).throwIfAny();
        return workspace.inTransaction(s -> s.goals().saveTarget(target));
    }

    public void deleteTarget(long indicatorId, long branchId, Period period) {
        workspace.inTransaction(s -> {
            s.goals().deleteTarget(indicatorId, branchId, period.toString());
            return null;
        });
    }

    /** Checks an outcome without saving it. */
    public ValidationResult validate(Outcome outcome) {
        return FigureChecks.of(indicator(outcome.indicatorId()), outcome).result();
    }

    /**
     * Reports a branch's outcome with its comment and any status override (which needs a written reason). For a
     * derived indicator the value is the one counted from the records now; only the comment and override are the
     * user's.
     */
    public Outcome saveOutcome(Outcome outcome) {
        Indicator indicator = indicator(outcome.indicatorId());
        FigureChecks.of(indicator, outcome).throwIfAny();
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
