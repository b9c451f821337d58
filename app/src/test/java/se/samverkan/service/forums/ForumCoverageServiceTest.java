package se.samverkan.service.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BranchGap;
import se.samverkan.domain.CoverageMatrix;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.Person;
import se.samverkan.domain.Seat;
import se.samverkan.domain.SeatRow;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.PeopleService;
import se.samverkan.service.network.ValidationException;

class ForumCoverageServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String JONKOPING = "06";
    private static final String KALMAR = "08";

    @TempDir
    Path dir;
    private Workspace workspace;
    private ForumService forums;
    private ForumCoverageService coverage;
    private long anna;
    private long branch;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        forums = new ForumService(workspace, Locale.ROOT, clock);
        coverage = new ForumCoverageService(workspace, Locale.ROOT, clock);
        anna = new PeopleService(workspace).save(new Person(0, "Anna", "Lind", null, null, null, null, null, null, null,
                null, null, null)).id();
        branch = workspace.inTransaction(s -> s.branches().create(new Branch(0, 11, "Avdelning Test", "SE21",
                List.of(JONKOPING), 2020, null))).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long forum(String name, String type, String county) {
        return forums.save(new Forum(0, name, type, "REGION", null, county, null, null, "Varannan månad", false)).id();
    }

    private Seat seat(long forumId, String represents, Long branchId, LocalDate to) {
        return forums.save(new Seat(0, forumId, anna, represents, branchId, "ORDINARY", TODAY.minusYears(1), to));
    }

    @Test
    void seatEndingWithin90DaysIsListed() {
        long council = forum("Industrirådet Jönköping", "INDUSTRY_COUNCIL", JONKOPING);
        Seat soon = seat(council, "UNION", null, TODAY.plusDays(30));
        seat(council, "UNION", null, TODAY.plusDays(91));
        seat(council, "UNION", null, TODAY.minusDays(1));

        assertThat(coverage.termsEnding()).extracting(SeatRow::id).containsExactly(soon.id());
    }

    @Test
    void forumWithOnlyNonUnionSeatsHasNoUnionSeat() {
        long loOnly = forum("Kompetensplattform Kalmar", "SKILLS_PLATFORM", KALMAR);
        seat(loOnly, "LO", null, null);
        long ours = forum("Omställningsråd Kalmar", "TRANSITION_COUNCIL", KALMAR);
        seat(ours, "BRANCH", branch, null);
        long ended = forum("Programråd Kalmar", "PROGRAMME_COUNCIL", KALMAR);
        seat(ended, "UNION", null, TODAY.minusDays(1));

        assertThat(coverage.forumsWithoutUnionSeat()).extracting(ForumRow::name)
                .containsExactlyInAnyOrder("Kompetensplattform Kalmar", "Programråd Kalmar");
    }

    @Test
    void branchWithoutSeatInItsCountysKeyForumIsAGap() {
        long rus = forum("RUS Jönköping", "RUS_PROCESS", JONKOPING);
        long platform = forum("Kompetensplattform Jönköping", "SKILLS_PLATFORM", JONKOPING);
        forum("Teknikcollege Jönköping", "TEKNIKCOLLEGE", JONKOPING);
        forum("RUS Kalmar", "RUS_PROCESS", KALMAR);
        seat(platform, "BRANCH", branch, null);
        // A seat for the union as a whole does not stand in for the branch.
        seat(rus, "UNION", null, null);

        assertThat(coverage.branchGaps()).extracting(BranchGap::branchId, BranchGap::forumName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(branch, "RUS Jönköping"));
    }

    @Test
    void coverageMatrixCountsSeatsPerCountyAndForumType() {
        long council = forum("Industrirådet Jönköping", "INDUSTRY_COUNCIL", JONKOPING);
        forum("Industrirådet Kalmar", "INDUSTRY_COUNCIL", KALMAR);
        seat(council, "BRANCH", branch, null);
        seat(council, "UNION", null, null);
        seat(council, "LO", null, null);
        long partnership = forums.save(new Forum(0, "Strukturfondspartnerskapet SE21", "STRUCTURAL_FUND_PARTNERSHIP",
                "NUTS", "SE21", null, null, null, null, false)).id();
        seat(partnership, "UNION", null, null);

        CoverageMatrix matrix = coverage.matrix(false);

        assertThat(matrix.rows()).extracting(CoverageMatrix.Row::key).containsExactly(JONKOPING, KALMAR);
        CoverageMatrix.Cell jonkoping = cell(matrix, JONKOPING, "INDUSTRY_COUNCIL");
        assertThat(jonkoping.unionSeats()).isEqualTo(2);
        assertThat(jonkoping.state()).isEqualTo(CoverageMatrix.State.COVERED);
        assertThat(cell(matrix, KALMAR, "INDUSTRY_COUNCIL").state()).isEqualTo(CoverageMatrix.State.GAP);
        assertThat(cell(matrix, KALMAR, "RUS_PROCESS").state()).isEqualTo(CoverageMatrix.State.NO_FORUM);
        // A NUTS-area partnership serves every county of its area.
        assertThat(cell(matrix, JONKOPING, "STRUCTURAL_FUND_PARTNERSHIP").unionSeats()).isEqualTo(1);
        assertThat(cell(matrix, KALMAR, "STRUCTURAL_FUND_PARTNERSHIP").unionSeats()).isEqualTo(1);
        assertThat(forums.list(new se.samverkan.domain.ForumFilter(null, "STRUCTURAL_FUND_PARTNERSHIP", null, KALMAR)))
                .extracting(ForumRow::id).as("the cell's click lists it").containsExactly(partnership);
        assertThat(cell(coverage.matrix(true), String.valueOf(branch), "INDUSTRY_COUNCIL").unionSeats()).isEqualTo(1);
    }

    private static CoverageMatrix.Cell cell(CoverageMatrix matrix, String row, String type) {
        return matrix.rows().stream().filter(r -> r.key().equals(row)).findFirst().orElseThrow().cells().stream()
                .filter(c -> c.forumType().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void aTermEndingBeforeItStartsAndABranchSeatWithoutBranchAreRejectedAtTheirFields() {
        long council = forum("Industrirådet", "INDUSTRY_COUNCIL", JONKOPING);
        Seat wrong = new Seat(0, council, anna, "BRANCH", null, "ORDINARY", TODAY, TODAY.minusDays(1));

        assertThat(forums.validate(wrong).errors()).containsExactly(
                new FieldError(ForumService.BRANCH, "ui.validation.required"),
                new FieldError(ForumService.TERM_TO, "ui.validation.beforeStart"));
        assertThatThrownBy(() -> forums.save(wrong)).isInstanceOf(ValidationException.class);
        assertThat(forums.validate(new Forum(0, " ", null, null, null, null, null, null, null, false)).errors())
                .extracting(FieldError::field).containsExactly(ForumService.NAME, ForumService.TYPE, ForumService.LEVEL);
    }

    @Test
    void endingASeatKeepsItButNoLongerCountsItAsCurrent() {
        long council = forum("Industrirådet", "INDUSTRY_COUNCIL", JONKOPING);
        Seat s = seat(council, "UNION", null, null);

        forums.endSeat(s.id(), TODAY.minusDays(1));

        assertThat(forums.seats(council)).singleElement().satisfies(r -> assertThat(r.currentOn(TODAY)).isFalse());
        assertThat(coverage.forumsWithoutUnionSeat()).extracting(ForumRow::id).containsExactly(council);
    }

    @Test
    void aMeetingKeepsItsAttendeesDecisionsAndFollowUps() {
        long council = forum("Industrirådet", "INDUSTRY_COUNCIL", JONKOPING);
        forums.logMeeting(new ForumMeeting(0, council, TODAY, null, null, "Anteckningar", "Beslut om ansökan",
                List.of(anna)), List.of(new FollowUp(0, null, null, "Skicka underlag", TODAY.plusDays(7), null, null)));

        assertThat(forums.meetings(council)).singleElement().satisfies(m -> {
            assertThat(m.attendeeNames()).containsExactly("Anna Lind");
            assertThat(m.meeting().decisions()).isEqualTo("Beslut om ansökan");
            assertThat(m.followUps()).extracting(FollowUp::description).containsExactly("Skicka underlag");
        });
        List<se.samverkan.domain.AuditEntry> audited = workspace.read(s -> s.audit().forRecord("forum", council));
        assertThat(audited).hasSize(1);
    }
}
