package se.samverkan.service.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.GoalDashboard;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.Indicator;
import se.samverkan.domain.Outcome;
import se.samverkan.domain.Period;
import se.samverkan.domain.PeriodKind;
import se.samverkan.domain.StatusLevel;
import se.samverkan.domain.Target;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.ValidationException;
import se.samverkan.store.GoalFixture;

/** The follow-up over a small fictional database: derived and typed figures, statuses, roll-ups, history, copying. */
class GoalServiceTest {

    /** Halfway through 2026H2 (day 93 of 184). */
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Period H2 = Period.parse("2026H2");

    @TempDir
    Path dir;
    private Workspace workspace;
    private GoalService goals;
    private long north;
    private long south;
    private Indicator held;
    private Indicator competence;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        goals = new GoalService(workspace, Locale.ROOT,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        workspace.inTransaction(s -> {
            var f = new GoalFixture(s);
            north = f.branch(901, "Avdelning Norr");
            south = f.branch(902, "Avdelning Söder");
            f.workshop("HELD", LocalDate.of(2026, 8, 20), north);
            f.workshop("HELD", LocalDate.of(2026, 9, 3), north, south);
            f.workshop("PLANNED", LocalDate.of(2026, 11, 3), north);
            return null;
        });
        held = goals.indicators().stream().filter(i -> i.code().equals("G1_TRAININGS_HELD")).findFirst().orElseThrow();
        competence = goals.indicators().stream().filter(i -> i.code().equals("G2_COMPETENCE_DEV")).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private GoalFigure figure(GoalDashboard d, long branch, Indicator indicator) {
        return d.figures().stream().filter(f -> f.branchId() == branch && f.indicator().id() == indicator.id())
                .findFirst().orElseThrow();
    }

    @Test
    void aDerivedIndicatorCountsTheHeldWorkshopsAndIsJudgedAgainstTheProRataTarget() {
        goals.saveTarget(new Target(0, held.id(), north, "2026H2", BigDecimal.valueOf(4), null, null, null));
        goals.saveTarget(new Target(0, held.id(), south, "2026H2", BigDecimal.valueOf(4), null, null, null));

        GoalDashboard d = goals.dashboard(H2);

        GoalFigure northHeld = figure(d, north, held);
        assertThat(northHeld.outcome().total()).isEqualByComparingTo("2");
        assertThat(northHeld.status().expected()).isEqualByComparingTo("2.02");
        assertThat(northHeld.status().level()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(figure(d, south, held).status().level()).as("1 of 2.02 expected").isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(d.status(GoalDashboard.cellKey(north, 1))).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(d.status(GoalDashboard.cellKey(south, 1))).isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(d.status(GoalDashboard.areaKey(1))).as("mean of 0.99 and 0.5").isEqualTo(StatusLevel.AT_RISK);
        assertThat(d.status(GoalDashboard.cellKey(north, 2))).isEqualTo(StatusLevel.NO_DATA);
        assertThat(d.status(GoalDashboard.AREA_TOTAL_KEY)).isEqualTo(StatusLevel.AT_RISK);
    }

    @Test
    void aTypedOutcomeChangesTheColourAndEveryChangeIsKeptWithItsOldValue() {
        goals.saveTarget(new Target(0, competence.id(), north, "2026H2", BigDecimal.valueOf(40), BigDecimal.valueOf(20),
                BigDecimal.valueOf(20), BigDecimal.valueOf(30)));
        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.valueOf(8), BigDecimal.valueOf(3),
                BigDecimal.valueOf(5), "MANUAL", null, null, null));
        assertThat(figure(goals.dashboard(H2), north, competence).status().level()).isEqualTo(StatusLevel.OFF_TRACK);

        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.valueOf(19), BigDecimal.valueOf(9),
                BigDecimal.valueOf(10), "MANUAL", "Rapport från avdelningen", null, null));

        GoalFigure after = figure(goals.dashboard(H2), north, competence);
        assertThat(after.status().level()).isEqualTo(StatusLevel.ON_TRACK);
        assertThat(after.outcome().women()).isEqualByComparingTo("9");
        var history = goals.history(competence.id(), north, PeriodKind.HALF);
        assertThat(history.changes()).extracting(c -> c.kind() + " " + c.oldValue() + "→" + c.newValue())
                .containsExactly("OUTCOME 8.00→19.00", "OUTCOME null→8.00", "TARGET null→40.00");
        assertThat(history.periods()).extracting(f -> f.period().toString()).containsExactly("2026H2");
    }

    @Test
    void anOverrideNeedsAReasonAndAnUnreadableSplitIsRefusedAtItsField() {
        assertThatThrownBy(() -> goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H2", BigDecimal.ONE, null,
                null, "MANUAL", null, "ON_TRACK", null))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.result().errors()).containsExactly(
                        new FieldError(GoalService.OVERRIDE_REASON, "ui.validation.required")));
        assertThat(goals.validate(new Target(0, competence.id(), north, "2026H2", BigDecimal.TEN, BigDecimal.valueOf(6),
                BigDecimal.valueOf(6), null)).errors())
                .containsExactly(new FieldError(GoalService.MEN, "ui.validation.splitOverTotal"));
        assertThat(goals.validate(new Target(0, competence.id(), north, "2026H2", BigDecimal.valueOf(-1), null, null,
                null)).errors()).containsExactly(new FieldError(GoalService.VALUE, "ui.validation.outOfRange"));
    }

    @Test
    void aDerivedOutcomeKeepsTheCountedValueWhateverIsTypedAndShowsTheOverride() {
        goals.saveTarget(new Target(0, held.id(), south, "2026H2", BigDecimal.valueOf(4), null, null, null));
        goals.saveOutcome(new Outcome(0, held.id(), south, "2026H2", BigDecimal.valueOf(99), null, null, "MANUAL",
                "Två workshops flyttade", "AT_RISK", "Lokalerna var bokade"));

        GoalFigure south1 = figure(goals.dashboard(H2), south, held);
        assertThat(south1.outcome().total()).isEqualByComparingTo("1");
        assertThat(south1.report().source()).isEqualTo("DERIVED");
        assertThat(south1.status().level()).isEqualTo(StatusLevel.AT_RISK);
        assertThat(south1.status().computed()).isEqualTo(StatusLevel.OFF_TRACK);
        assertThat(south1.status().reason()).isEqualTo("Lokalerna var bokade");
    }

    @Test
    void copyingLastPeriodsTargetsKeepsThoseAlreadySetAndTakesTheOutcomeAsBaseline() {
        goals.saveTarget(new Target(0, competence.id(), north, "2026H1", BigDecimal.valueOf(30), null, null, null));
        goals.saveOutcome(new Outcome(0, competence.id(), north, "2026H1", BigDecimal.valueOf(27), null, null, "MANUAL",
                null, null, null));
        goals.saveTarget(new Target(0, held.id(), north, "2026H1", BigDecimal.valueOf(3), null, null, null));
        goals.saveTarget(new Target(0, held.id(), north, "2026H2", BigDecimal.valueOf(5), null, null, null));

        assertThat(goals.copyTargets(north, Period.parse("2026H1"), H2)).isEqualTo(1);

        GoalDashboard d = goals.dashboard(H2);
        assertThat(figure(d, north, competence).target().value()).isEqualByComparingTo("30");
        assertThat(figure(d, north, competence).target().baseline()).isEqualByComparingTo("27");
        assertThat(figure(d, north, held).target().value()).as("kept").isEqualByComparingTo("5");
        assertThat(goals.copyTargets(north, Period.parse("2026H1"), H2)).isZero();
    }

    @Test
    void theSettingsChooseThePeriodLengthAndTheThresholds() {
        assertThat(goals.currentPeriod()).isEqualTo(H2);
        goals.saveSettings(new FollowUpSettings(PeriodKind.QUARTER, new Thresholds(0.8, 0.5)));
        assertThat(goals.currentPeriod()).isEqualTo(Period.parse("2026Q4"));
        assertThat(goals.settings().thresholds()).isEqualTo(new Thresholds(0.8, 0.5));
        assertThat(goals.periods()).contains(Period.parse("2026Q4"), Period.parse("2027Q1"), Period.year(2026));
    }

    @Test
    void aLocalWordingIsKeptBesideTheSeedTextWhichNeverChanges() {
        String seed = goals.operationalGoals().get(2).text();
        goals.setLocalNote(3, "  Här: länsvisa träffar varje kvartal ");
        assertThat(goals.operationalGoals().get(2).localNote()).isEqualTo("Här: länsvisa träffar varje kvartal");
        assertThat(goals.operationalGoals().get(2).text()).isEqualTo(seed);
        goals.setLocalNote(3, " ");
        assertThat(goals.operationalGoals().get(2).localNote()).isNull();
    }

    @Test
    void anOwnIndicatorIsAddedUnderItsGoalKeepsItsUnitOnceUsedAndCanBeHidden() {
        Indicator own = goals.saveIndicator(new Indicator(0, 3, null, "Länsträffar med alla avdelningar",
                "County meetings of all branches", "COUNT", "HIGHER", false, "MANUAL", null, true));
        assertThat(own.code()).isEqualTo("L3_1");
        assertThat(figure(goals.dashboard(H2), north, own).status().level()).isEqualTo(StatusLevel.NO_DATA);
        goals.saveTarget(new Target(0, own.id(), north, "2026H2", BigDecimal.valueOf(2), null, null, null));

        Indicator asShare = new Indicator(own.id(), 3, own.code(), own.nameSv(), own.nameEn(), "PERCENT", "HIGHER",
                false, "MANUAL", null, true);
        assertThat(goals.validate(asShare).errors())
                .containsExactly(new FieldError(GoalService.UNIT, "ui.validation.unitInUse"));
        goals.saveIndicator(new Indicator(own.id(), 3, own.code(), "Länsträffar", own.nameEn(), "COUNT", "HIGHER",
                false, "IMPORTED", null, true));
        assertThat(goals.indicators()).filteredOn(i -> i.id() == own.id()).singleElement()
                .satisfies(i -> assertThat(i.nameSv() + " " + i.source()).isEqualTo("Länsträffar IMPORTED"));

        goals.deactivateIndicator(own.id());
        assertThat(goals.dashboard(H2).figures()).noneMatch(f -> f.indicator().id() == own.id());
        assertThat(goals.validate(new Indicator(0, 3, null, " ", "x", "COUNT", "HIGHER", false, "DERIVED", null, true))
                .errors()).extracting(FieldError::field).containsExactly(GoalService.NAME_SV, "source");
    }

    @Test
    void theElectedOfficesTargetStartsAtOnePercentOfTheActiveMembers() {
        workspace.inTransaction(s -> {
            s.branches().setActiveMembers(north, 2025, 4_230);
            s.branches().setActiveMembers(north, 2027, 9_999);
            return null;
        });
        Indicator offices = goals.indicators().stream().filter(i -> "ELECTED_OFFICES".equals(i.derivedRule()))
                .findFirst().orElseThrow();
        assertThat(goals.suggestedTarget(offices, north, H2)).as("4 230 members: 42.3, rounded up").isEqualByComparingTo("43");
        assertThat(goals.suggestedTarget(offices, south, H2)).isNull();
        assertThat(goals.suggestedTarget(held, north, H2)).isNull();
    }
}
