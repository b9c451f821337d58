package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyOverview;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.StakeholderPosition;
import se.samverkan.domain.StakeholderQuadrant;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

class PartyOverviewServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace workspace;
    private PartyOverviewService overviews;
    private StakeholderService stakeholders;
    private long ada;
    private long bo;
    private long region;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw".toCharArray());
        overviews = new PartyOverviewService(workspace, CLOCK, java.util.Locale.ROOT);
        stakeholders = new StakeholderService(workspace, CLOCK);
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            region = f.organisation("Region Testlän", "REGION", null);
            ada = f.person("Ada", "Exempelsson", null, region, null);
            bo = f.person("Bo", "Påhittad", null, null, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void relate(PartyRef from, PartyRef to, int strength) {
        new RelationshipService(workspace, CLOCK).create(new Relationship(0, from.personId(), from.organisationId(),
                to.personId(), to.organisationId(), "KNOWS", strength, null, null, null), null);
    }

    private void contact(LocalDate on, String topic, PartyRef... parties) {
        new InteractionService(workspace, CLOCK).log(new InteractionLog(new Interaction(0, on, "CALL", topic, null, null),
                List.of(parties), List.of(new FollowUp(0, null, null, "Skicka underlag", on.plusDays(7), null, null))));
    }

    @Test
    void theOverviewNamesTheOtherSideOfEveryRelationAndEveryParticipant() {
        relate(PartyRef.person(bo), PartyRef.person(ada), 4);
        relate(PartyRef.person(ada), PartyRef.organisation(region), 2);
        contact(TODAY.minusDays(3), "Kompetensplattform", PartyRef.person(ada), PartyRef.organisation(region));

        PartyOverview overview = overviews.of(PartyRef.person(ada));

        assertThat(overview.name()).isEqualTo("Ada Exempelsson");
        assertThat(overview.relations()).extracting(PartyOverview.RelationEntry::otherName)
                .containsExactly("Bo Påhittad", "Region Testlän");
        assertThat(overview.interactions()).singleElement().satisfies(c -> {
            assertThat(c.participants()).extracting(PartyOverview.Named::name)
                    .containsExactly("Ada Exempelsson", "Region Testlän");
            assertThat(c.log().followUps()).hasSize(1);
        });
    }

    @Test
    void healthOfOnePartyIsWhatTheHealthOfAllPartiesSaysOfIt() {
        relate(PartyRef.person(ada), PartyRef.organisation(region), 4);
        contact(TODAY.minusDays(42), "Möte", PartyRef.person(ada));
        contact(TODAY.minusDays(400), "Gammalt möte", PartyRef.person(ada));
        stakeholders.assess(PartyRef.person(ada), 5, 2, TODAY.minusDays(1), null);

        var one = overviews.of(PartyRef.person(ada)).health();
        var fromAll = new RelationshipHealthService(workspace, CLOCK).all().stream()
                .filter(h -> h.party().equals(PartyRef.person(ada))).findFirst().orElseThrow();

        assertThat(one).usingRecursiveComparison().ignoringFields("organisationName").isEqualTo(fromAll);
        assertThat(one.daysSinceContact()).isEqualTo(42);
    }

    @Test
    void aPartyWithoutRelationshipsHasNoHealth() {
        assertThat(overviews.of(PartyRef.person(bo)).health()).isNull();
    }

    @Test
    void gridPlacesAPartyInTheCellOfItsLatestAssessment() {
        stakeholders.assess(PartyRef.person(ada), 2, 2, TODAY.minusDays(30), null);
        stakeholders.assess(PartyRef.person(ada), 5, 4, TODAY.minusDays(2), null);
        stakeholders.assess(PartyRef.organisation(region), 4, 1, TODAY, null);

        List<StakeholderPosition> positions = stakeholders.positions();

        assertThat(positions).hasSize(2);
        var adaAt = positions.stream().filter(p -> p.party().equals(PartyRef.person(ada))).findFirst().orElseThrow();
        assertThat(adaAt.influence()).isEqualTo(5);
        assertThat(adaAt.interest()).isEqualTo(4);
        assertThat(adaAt.detail()).isEqualTo("Region Testlän");
        assertThat(adaAt.actorType()).as("a person counts as their organisation's type").isEqualTo("REGION");
        assertThat(adaAt.quadrant()).isEqualTo(StakeholderQuadrant.MANAGE_CLOSELY);
        var regionAt = positions.stream().filter(p -> !p.party().isPerson()).findFirst().orElseThrow();
        assertThat(regionAt.quadrant()).isEqualTo(StakeholderQuadrant.KEEP_SATISFIED);
    }
}
