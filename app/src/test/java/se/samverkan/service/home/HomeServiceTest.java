package se.samverkan.service.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.HomeOverview;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;
import se.samverkan.store.StoreSession;

class HomeServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw".toCharArray());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void overviewWarnsOfTheDoubleBookingsOfTheComingMonthOnly() {
        workspace.inTransaction(s -> {
            long forum = new StoreFixture(s).forum("Industrirådet Testlän", "INDUSTRY_COUNCIL");
            var f = new se.samverkan.store.CalendarFixture(s);
            f.workshop("Målworkshop", "PLANNED", TODAY.plusDays(3), java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0), null, null, null);
            f.meeting(forum, TODAY.plusDays(3), java.time.LocalTime.of(11, 0), java.time.LocalTime.of(13, 0));
            f.workshop("Analysmöte", "PLANNED", TODAY.plusDays(31), java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0), null, null, null);
            f.meeting(forum, TODAY.plusDays(31), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0));
            f.workshop("Inställd", "CANCELLED", TODAY.plusDays(5), java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0), null, null, null);
            f.meeting(forum, TODAY.plusDays(5), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0));
            return null;
        });

        HomeOverview overview = new HomeService(workspace, CLOCK, Locale.ROOT).overview();

        assertThat(overview.clashes()).singleElement().satisfies(c -> {
            assertThat(c.first().date()).isEqualTo(TODAY.plusDays(3));
            assertThat(c.certain()).isTrue();
            assertThat(List.of(c.first().title(), c.second().title()))
                    .containsExactlyInAnyOrder("Målworkshop", "Industrirådet Testlän");
        });
    }

    @Test
    void overviewListsImportantRelationsGoingColdMostOverdueFirstAndLeavesWarmAndMinorOnesOut() {
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long org = f.organisation("Region Testlän", "REGION", null);
            long coldest = f.person("Ada", "Exempelsson", null, org, null);
            long cooling = f.person("Bo", "Testberg", null, null, null);
            long warm = f.person("Cia", "Provström", null, null, null);
            long minor = f.person("Dan", "Fiktivsson", null, null, null);
            for (long person : new long[] {coldest, cooling, warm, minor}) {
                s.relationships().create(new Relationship(0, person, null, null, org, "KNOWS",
                        person == minor ? 1 : 4, null, null, null), null);
            }
            s.assessments().add(new StakeholderAssessment(0, coldest, null, 5, 5, TODAY.minusDays(30), null));
            s.assessments().add(new StakeholderAssessment(0, minor, null, 1, 1, TODAY.minusDays(30), null));
            contact(s, PartyRef.person(coldest), 200);
            contact(s, PartyRef.person(cooling), 80);
            contact(s, PartyRef.person(minor), 700);
            for (int daysAgo = 5; daysAgo < 365; daysAgo += 40) {
                contact(s, PartyRef.person(warm), daysAgo);
                contact(s, PartyRef.organisation(org), daysAgo);
            }
            return null;
        });

        HomeOverview overview = new HomeService(workspace, CLOCK, Locale.ROOT).overview();

        assertThat(overview.coldRelations()).extracting(RelationshipHealth::name)
                .containsExactly("Ada Exempelsson", "Bo Testberg");
    }

    private static void contact(StoreSession s, PartyRef party, int daysAgo) {
        s.interactions().log(new InteractionLog(new Interaction(0, TODAY.minusDays(daysAgo), "CALL", "Samtal", null, null),
                List.of(party), List.of()));
    }
}
