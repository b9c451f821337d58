package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.SeatTermEnding;
import se.samverkan.domain.UpcomingWorkshop;
import se.samverkan.service.Workspace;

class HomeRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void followUpsDueListsOpenOnesUpToTheLimitDateOverdueFirstWithTopicAndParticipants() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long a = f.person("Ada", "Exempelsson", null, null, null);
            long b = f.person("Bo", "Testberg", null, null, null);
            long meeting = f.interaction(TODAY.minusDays(20), "Kompetensplattform, uppstart", a, b);
            f.followUp(meeting, "Skicka underlag", TODAY.plusDays(3), null);
            f.followUp(meeting, "Boka nytt möte", TODAY.minusDays(2), null);
            f.followUp(meeting, "Redan gjort", TODAY.minusDays(5), TODAY.minusDays(4));
            f.followUp(meeting, "Långt fram", TODAY.plusDays(15), null);
            return null;
        });

        var due = workspace.read(s -> s.home(Locale.ROOT).followUpsDue(TODAY.plusDays(14)));

        assertThat(due).extracting(FollowUpDue::description).containsExactly("Boka nytt möte", "Skicka underlag");
        assertThat(due.get(0).overdue(TODAY)).isTrue();
        assertThat(due.get(1).overdue(TODAY)).isFalse();
        assertThat(due.get(0).topic()).isEqualTo("Kompetensplattform, uppstart");
        assertThat(due.get(0).participants()).containsExactly("Ada Exempelsson", "Bo Testberg");
    }

    @Test
    void seatTermsEndingIncludeOnlyTermsInsideTheWindowSoonestFirst() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long forum = f.forum("Industriråd Testlän", "INDUSTRY_COUNCIL");
            long p = f.person("Cilla", "Provsson", null, null, null);
            f.seat(forum, p, "DEPUTY", TODAY.minusYears(2), TODAY.plusDays(60));
            f.seat(forum, p, "ORDINARY", TODAY.minusYears(2), TODAY.plusDays(10));
            f.seat(forum, p, "CHAIR", TODAY.minusYears(2), TODAY.plusDays(120));
            f.seat(forum, p, "ORDINARY", TODAY.minusYears(2), TODAY.minusDays(1));
            return null;
        });

        var seats = workspace.read(s -> s.home(Locale.ROOT).seatTermsEnding(TODAY, TODAY.plusDays(90)));

        assertThat(seats).extracting(SeatTermEnding::role).containsExactly("ORDINARY", "DEPUTY");
        assertThat(seats.get(0).forumName()).isEqualTo("Industriråd Testlän");
        assertThat(seats.get(0).personName()).isEqualTo("Cilla Provsson");
    }

    @Test
    void upcomingWorkshopsArePlannedOrIdeasFromTodayInDateOrderWithTypeAndMunicipality() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            f.workshop("Senare", "GOAL_SETTING", "PLANNED", TODAY.plusDays(30), null);
            f.workshop("Snart", "ANALYSIS_MEETING", "IDEA", TODAY.plusDays(2), "0680");
            f.workshop("Genomförd", "GOAL_SETTING", "HELD", TODAY.plusDays(1), null);
            f.workshop("Inställd", "GOAL_SETTING", "CANCELLED", TODAY.plusDays(1), null);
            f.workshop("Förra veckan", "GOAL_SETTING", "PLANNED", TODAY.minusDays(7), null);
            return null;
        });

        var workshops = workspace.read(s -> s.home(Locale.ROOT).upcomingWorkshops(TODAY, 8));

        assertThat(workshops).extracting(UpcomingWorkshop::title).containsExactly("Snart", "Senare");
        assertThat(workshops.get(0).typeName()).isEqualTo("Analysmöte");
        assertThat(workshops.get(0).municipality()).isEqualTo("Jönköping");
    }

    @Test
    void upcomingWorkshopsRespectTheLimit() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            for (int i = 0; i < 12; i++) {
                f.workshop("W" + i, "GOAL_SETTING", "PLANNED", TODAY.plusDays(i), null);
            }
            return null;
        });

        java.util.List<UpcomingWorkshop> workshops = workspace.read(s -> s.home(Locale.ROOT).upcomingWorkshops(TODAY, 8));
        assertThat(workshops).hasSize(8);
    }
}
