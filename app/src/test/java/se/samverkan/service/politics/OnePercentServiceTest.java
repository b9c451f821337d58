package se.samverkan.service.politics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.domain.Branch;
import se.samverkan.domain.OnePercentRow;
import se.samverkan.domain.OnePercentRow.Verdict;
import se.samverkan.domain.Person;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.Workspace;

class OnePercentServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    @TempDir
    Path dir;
    private Workspace workspace;
    private OnePercentService service;
    private long branch;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        service = new OnePercentService(workspace,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        branch = workspace.inTransaction(s -> s.branches().create(
                new Branch(0, 941, "Testavdelning Procent", "SE21", List.of("06"), null, null)).id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @ParameterizedTest(name = "{0} members need {1}")
    @CsvSource(textBlock = """
            1,    1
            99,   1
            100,  1
            101,  2
            449,  5
            450,  5
            500,  5
            4001, 41
            """)
    void theGoalIsOnePercentRoundedUp(int members, int goal) {
        assertThat(OnePercentGoal.goal(members)).isEqualTo(goal);
    }

    private void members(int year, int count) {
        workspace.inTransaction(s -> {
            s.branches().setActiveMembers(branch, year, count);
            return null;
        });
    }

    private void office(String name, Boolean member, String level, LocalDate from, LocalDate to) {
        workspace.inTransaction(s -> {
            long person = s.people().create(new Person(0, name, "Fiktiv", null, null, branch, null, null, "06", null,
                    member, null, null)).id();
            s.people().addOffice(new PoliticalOffice(0, person, "Fullmäktige Testby", level, "S", null, "06", null,
                    from, to));
            return null;
        });
    }

    private OnePercentRow row() {
        return service.rows(TODAY).get(0);
    }

    @Test
    void aBranchWithoutMembersFiguresHasNoGoal() {
        office("Alva", true, "MUNICIPALITY", TODAY.minusYears(1), null);
        assertThat(row()).extracting(OnePercentRow::goal, OnePercentRow::elected, OnePercentRow::sharePercent,
                OnePercentRow::verdict).containsExactly(null, 1, null, Verdict.NO_DATA);
    }

    @Test
    void exactlyOnePercentReachesTheGoalAndTheLatestYearUpToTodayCounts() {
        members(2025, 200);
        members(2027, 5000); // a later year's figure is not used yet
        office("Alva", true, "MUNICIPALITY", TODAY.minusYears(1), TODAY.plusYears(2));
        office("Bo", true, "REGION", null, null);
        OnePercentRow row = row();
        assertThat(row.memberYear()).isEqualTo(2025);
        assertThat(row.goal()).isEqualTo(2);
        assertThat(row.elected()).isEqualTo(2);
        assertThat(row.sharePercent()).isEqualTo(1.0);
        assertThat(row.verdict()).isEqualTo(Verdict.REACHED);
    }

    @Test
    void officesEndedYesterdayNonMembersAndOtherLevelsDoNotCount() {
        members(2026, 100);
        office("Alva", true, "MUNICIPALITY", TODAY.minusYears(4), TODAY.minusDays(1));
        office("Bo", false, "MUNICIPALITY", null, null);
        office("Cia", null, "REGION", null, null);
        office("Dan", true, "NATIONAL", null, null);
        office("Eva", true, "PARTY", null, null);
        office("Fia", true, "MUNICIPALITY", TODAY.plusDays(1), null);
        assertThat(row()).extracting(OnePercentRow::goal, OnePercentRow::elected, OnePercentRow::verdict)
                .containsExactly(1, 0, Verdict.NOT_REACHED);
        // an office ending today still covers today
        office("Gun", true, "MUNICIPALITY", null, TODAY);
        assertThat(row().verdict()).isEqualTo(Verdict.REACHED);
    }

    @Test
    void twoOfficesOfOneMemberCountOnce() {
        members(2026, 250);
        office("Alva", true, "MUNICIPALITY", null, null);
        workspace.inTransaction(s -> {
            long alva = s.people().withLastNamePrefix("Fiktiv", 5).get(0).id();
            s.people().addOffice(new PoliticalOffice(0, alva, "Regionfullmäktige", "REGION", "S", null, "06", null,
                    null, null));
            return null;
        });
        assertThat(row()).extracting(OnePercentRow::goal, OnePercentRow::elected).containsExactly(3, 1);
    }

    @Test
    void theTrendCountsEachYearOnItsLastDay() {
        members(2024, 300);
        members(2025, 320);
        office("Alva", true, "MUNICIPALITY", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        office("Bo", true, "REGION", LocalDate.of(2025, 6, 1), null);
        var trend = service.overview().trend();
        assertThat(trend).extracting(y -> y.year(), y -> y.activeMembers(), y -> y.goal(), y -> y.elected())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2024, 300, 3, 1),
                        org.assertj.core.groups.Tuple.tuple(2025, 320, 4, 1),
                        org.assertj.core.groups.Tuple.tuple(2026, 320, 4, 1));
        assertThat(OnePercentGoal.latestYear(Map.of(2024, 1), 2023)).isNull();
    }
}
