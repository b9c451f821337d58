package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.store.jooq.Tables.INDICATOR;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.FigureValue;
import se.samverkan.service.Workspace;

class DerivedFiguresTest {

    /** The period counted in every test: the first quarter of 2026, both ends inclusive. */
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final LocalDate DAY_BEFORE = FROM.minusDays(1);
    private static final LocalDate DAY_AFTER = TO.plusDays(1);
    private static final LocalDate MID = LocalDate.of(2026, 2, 15);

    @TempDir
    Path dir;
    private Workspace workspace;
    private long a;
    private long b;
    private long c;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw".toCharArray());
        workspace.inTransaction(s -> {
            GoalFixture f = new GoalFixture(s);
            a = f.branch(901, "Avdelning Alfa");
            b = f.branch(902, "Avdelning Beta");
            // Branch C never gets a record: it must still be a key, with zero.
            c = f.branch(903, "Avdelning Gamma");
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void given(java.util.function.Consumer<GoalFixture> records) {
        workspace.inTransaction(s -> {
            records.accept(new GoalFixture(s));
            return null;
        });
    }

    private Map<Long, FigureValue> figures(String rule) {
        return workspace.read(s -> s.derivedFigures().byBranch(rule, FROM, TO));
    }

    private Map<Long, Long> totals(String rule) {
        Map<Long, Long> totals = new HashMap<>();
        figures(rule).forEach((branch, value) -> totals.put(branch, value.total().longValueExact()));
        return totals;
    }

    @Test
    void heldWorkshopsOnTheBoundaryDaysCountForEveryInvitedBranchButPlannedCancelledAndOutsideOnesDoNot() {
        given(f -> {
            f.workshop("HELD", FROM, a);
            f.workshop("HELD", TO, a, b);
            f.workshop("HELD", DAY_BEFORE, a, b);
            f.workshop("HELD", DAY_AFTER, a, b);
            f.workshop("PLANNED", MID, a);
            f.workshop("CANCELLED", MID, a, b);
            f.workshop("IDEA", null, b);
        });

        assertThat(totals(DerivedFigures.WORKSHOPS_HELD)).isEqualTo(Map.of(a, 2L, b, 1L, c, 0L));
    }

    @Test
    void aWorkshopInvitingTwoBranchesCountsAsAJointMeetingForBoth() {
        given(f -> {
            f.workshop("HELD", FROM, a, b);
            f.workshop("HELD", MID, a);
            f.workshop("HELD", TO, a, b, c);
            f.workshop("CANCELLED", MID, a, b);
            f.workshop("PLANNED", MID, a, c);
            f.workshop("HELD", DAY_AFTER, a, b);
            f.workshop("HELD", DAY_BEFORE, b, c);
        });

        assertThat(totals(DerivedFigures.JOINT_BRANCH_WORKSHOPS)).isEqualTo(Map.of(a, 2L, b, 2L, c, 1L));
    }

    @Test
    void aWorkshopInvitingOneBranchIsNoJointMeeting() {
        given(f -> f.workshop("HELD", MID, a));

        assertThat(totals(DerivedFigures.JOINT_BRANCH_WORKSHOPS)).isEqualTo(Map.of(a, 0L, b, 0L, c, 0L));
        assertThat(totals(DerivedFigures.WORKSHOPS_HELD)).isEqualTo(Map.of(a, 1L, b, 0L, c, 0L));
    }

    @Test
    void participantsOfHeldWorkshopsAreSummedPerBranchWithWomenAndMenAndOtherInTheTotal() {
        given(f -> {
            long first = f.workshop("HELD", FROM, a, b);
            f.participation(first, a, 3, 2, 1);
            f.participation(first, b, 1, 0, 0);
            long second = f.workshop("HELD", TO, a);
            f.participation(second, a, 1, 1, 0);
            long cancelled = f.workshop("CANCELLED", MID, a);
            f.participation(cancelled, a, 10, 10, 10);
            long before = f.workshop("HELD", DAY_BEFORE, b);
            f.participation(before, b, 5, 5, 5);
            long after = f.workshop("HELD", DAY_AFTER, a);
            f.participation(after, a, 7, 7, 7);
        });

        Map<Long, FigureValue> figures = figures(DerivedFigures.WORKSHOP_PARTICIPANTS);

        assertThat(figures).containsOnlyKeys(a, b, c);
        assertThat(figures.get(a)).isEqualTo(FigureValue.split(4, 3, 1));
        assertThat(figures.get(b)).isEqualTo(FigureValue.split(1, 0, 0));
        assertThat(figures.get(c)).isEqualTo(FigureValue.ZERO);
    }

    @Test
    void participantsOfABranchThatWasNotInvitedStillCount() {
        given(f -> {
            long onlyA = f.workshop("HELD", MID, a);
            f.participation(onlyA, b, 2, 1, 0);
        });

        Map<Long, FigureValue> figures = figures(DerivedFigures.WORKSHOP_PARTICIPANTS);

        assertThat(figures.get(b)).isEqualTo(FigureValue.split(2, 1, 0));
        assertThat(figures.get(a)).isEqualTo(FigureValue.ZERO);
    }

    @Test
    void fundingProjectsCountWhenGrantedRunningOrClosedWithAUnionRoleAndOverlappingThePeriod() {
        given(f -> {
            f.fundingProject("RUNNING", "PARTNER", LocalDate.of(2025, 1, 1), FROM, a, b); // ends on the first day
            f.fundingProject("GRANTED", "OWNER", LocalDate.of(2025, 1, 1), DAY_BEFORE, a); // ended the day before
            f.fundingProject("CLOSED", "STEERING_GROUP", TO, null, a); // starts on the last day
            f.fundingProject("RUNNING", "NONE", FROM, TO, a, b); // the union takes no part
            f.fundingProject("APPLIED", "OWNER", FROM, TO, a); // not granted (yet)
            f.fundingProject("REJECTED", "OWNER", FROM, TO, b);
            f.fundingProject("RUNNING", "COOPERATION_PARTNER", null, null, b); // no dates: always overlaps
            f.fundingProject("GRANTED", "OWNER", DAY_AFTER, null, a); // starts the day after
        });

        assertThat(totals(DerivedFigures.FUNDING_PROJECTS)).isEqualTo(Map.of(a, 2L, b, 2L, c, 0L));
    }

    @Test
    void workplacesCountWhenTheirChangeWorkStartedWithinThePeriodInclusive() {
        given(f -> {
            f.workplace(a, FROM);
            f.workplace(a, TO);
            f.workplace(a, DAY_BEFORE);
            f.workplace(a, null);
            f.workplace(b, DAY_AFTER);
            f.workplace(null, MID); // no branch: counted for nobody
        });

        assertThat(totals(DerivedFigures.WORKPLACES_CHANGE_WORK)).isEqualTo(Map.of(a, 2L, b, 0L, c, 0L));
    }

    @Test
    void demandsAreDrivenFromTheirRaisingUntilTheirDecisionAndNotWhenOnlyAnIdeaOrRejected() {
        given(f -> {
            f.demand(a, "DRIVEN", null, null);
            f.demand(a, "DRIVEN", TO, null); // raised on the last day
            f.demand(a, "DRIVEN", DAY_AFTER, null); // raised the day after
            f.demand(a, "DECIDED", LocalDate.of(2025, 6, 1), FROM); // decided on the first day: driven until then
            f.demand(a, "IMPLEMENTED", LocalDate.of(2025, 6, 1), DAY_BEFORE); // decided before the period
            f.demand(a, "ANCHORED", MID, null);
            f.demand(a, "IDEA", MID, null);
            f.demand(a, "REJECTED", MID, MID);
            f.demand(b, "IMPLEMENTED", LocalDate.of(2025, 6, 1), TO);
        });

        assertThat(totals(DerivedFigures.DEMANDS_DRIVEN)).isEqualTo(Map.of(a, 3L, b, 1L, c, 0L));
    }

    @Test
    void demandsCountAsDecidedWhenDecidedOrImplementedWithTheDecisionInThePeriod() {
        given(f -> {
            f.demand(a, "DECIDED", null, FROM);
            f.demand(a, "IMPLEMENTED", null, TO);
            f.demand(a, "DECIDED", null, DAY_BEFORE);
            f.demand(a, "DECIDED", null, null); // decided, but nobody knows when
            f.demand(a, "DRIVEN", null, MID); // a date without the status is not a decision
            f.demand(a, "REJECTED", null, MID);
            f.demand(b, "IMPLEMENTED", null, DAY_AFTER);
        });

        assertThat(totals(DerivedFigures.DEMANDS_DECIDED)).isEqualTo(Map.of(a, 2L, b, 0L, c, 0L));
    }

    @Test
    void electedOfficesCountDistinctMembersOfTheBranchWhoseTermOverlapsThePeriod() {
        given(f -> {
            long twoOffices = f.person(a, true, null);
            f.office(twoOffices, LocalDate.of(2022, 10, 15), null);
            f.office(twoOffices, FROM, TO);
            long endedDayBefore = f.person(a, true, null);
            f.office(endedDayBefore, LocalDate.of(2022, 10, 15), DAY_BEFORE);
            long startsOnLastDay = f.person(a, true, null);
            f.office(startsOnLastDay, TO, null);
            long notMember = f.person(a, false, null);
            f.office(notMember, FROM, TO);
            long membershipUnknown = f.person(a, null, null);
            f.office(membershipUnknown, FROM, TO);
            long openEnded = f.person(a, true, null);
            f.office(openEnded, null, null);
            long memberWithoutOffice = f.person(a, true, null);
            long endsOnFirstDay = f.person(b, true, null);
            f.office(endsOnFirstDay, LocalDate.of(2022, 10, 15), FROM);
            long startsDayAfter = f.person(b, true, null);
            f.office(startsDayAfter, DAY_AFTER, null);
            long noBranch = f.person(null, true, null);
            f.office(noBranch, FROM, TO);
        });

        Map<Long, FigureValue> figures = figures(DerivedFigures.ELECTED_OFFICES);

        assertThat(totals(DerivedFigures.ELECTED_OFFICES)).isEqualTo(Map.of(a, 3L, b, 1L, c, 0L));
        // Person has no gender column, so the figure is a plain count.
        assertThat(figures.get(a).women()).isNull();
        assertThat(figures.get(a).men()).isNull();
    }

    @Test
    void forumsCountOncePerBranchRepresentedByABranchSeatOrAUnionSeatHeldByAPersonOfTheBranch() {
        given(f -> {
            long initiated = f.forum(true);
            long plain = f.forum(false);
            long other = f.forum(true);
            long unrepresented = f.forum(false);
            long ofA = f.person(a, true, null);
            long ofB = f.person(b, true, null);
            long ofNone = f.person(null, true, null);
            // A branch seat represents its branch, whoever holds it; two seats are still one forum.
            f.seat(initiated, ofB, "BRANCH", a, LocalDate.of(2025, 1, 1), FROM);
            f.seat(initiated, ofA, "BRANCH", a, FROM, TO);
            // A union seat represents the holder's branch.
            f.seat(plain, ofB, "UNION", null, TO, null);
            f.seat(plain, ofA, "UNION", null, LocalDate.of(2025, 1, 1), DAY_BEFORE); // ended the day before
            f.seat(other, ofA, "LO", null, FROM, TO); // an LO seat represents no branch
            f.seat(other, ofA, "UNION", null, DAY_AFTER, null); // starts the day after
            f.seat(other, ofA, "BRANCH", b, MID, MID);
            f.seat(unrepresented, ofNone, "UNION", null, FROM, TO); // the holder has no branch
        });

        assertThat(totals(DerivedFigures.FORUMS_WITH_SEAT)).isEqualTo(Map.of(a, 1L, b, 2L, c, 0L));
        assertThat(totals(DerivedFigures.FORUMS_INITIATED)).isEqualTo(Map.of(a, 1L, b, 1L, c, 0L));
    }

    @Test
    void activePublicActorsAreDistinctPublicOrganisationsTakingPartDirectlyOrThroughTheirPeople() {
        given(f -> {
            long region = f.organisation("REGION");
            long municipality = f.organisation("MUNICIPALITY");
            long employment = f.organisation("PES");
            long lo = f.organisation("LO");
            long employers = f.organisation("EMPLOYER_ORG");
            long ofRegion = f.person(null, null, region);
            long ofMunicipality = f.person(null, null, municipality);
            long ofLo = f.person(a, true, lo);
            long ofNothing = f.person(b, true, null);
            // The region takes part itself and through its person: still one actor.
            f.interaction(a, FROM, new long[] {ofRegion, ofLo}, region);
            f.interaction(a, TO, new long[] {ofMunicipality});
            f.interaction(a, DAY_BEFORE, new long[0], employment);
            f.interaction(b, DAY_AFTER, new long[0], region);
            f.interaction(b, MID, new long[] {ofNothing}, employers, lo);
            f.interaction(null, MID, new long[0], employment); // no branch: counted for nobody
            f.interaction(b, MID, new long[] {ofMunicipality});
        });

        assertThat(totals(DerivedFigures.ACTIVE_PUBLIC_ACTORS)).isEqualTo(Map.of(a, 2L, b, 1L, c, 0L));
    }

    @Test
    void everyBranchIsAKeyWithZeroForEveryRuleWhenNothingIsRecorded() {
        for (String rule : DerivedFigures.RULES) {
            assertThat(figures(rule)).as(rule)
                    .isEqualTo(Map.of(a, FigureValue.ZERO, b, FigureValue.ZERO, c, FigureValue.ZERO));
        }
    }

    @Test
    void everyDerivedRuleOfTheIndicatorTableIsCounted() {
        List<String> rules = workspace.read(s -> s.dsl().selectDistinct(INDICATOR.DERIVED_RULE).from(INDICATOR)
                .where(INDICATOR.DERIVED_RULE.isNotNull()).fetch(INDICATOR.DERIVED_RULE));

        assertThat(rules).isNotEmpty();
        assertThat(DerivedFigures.RULES).containsAll(rules);
    }

    @Test
    void anUnknownRuleIsRefused() {
        assertThatThrownBy(() -> figures("WORKSHOPS_PLANNED")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WORKSHOPS_PLANNED");
        assertThatThrownBy(() -> figures(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
