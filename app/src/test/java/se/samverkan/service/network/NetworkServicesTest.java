package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.service.Workspace;
import se.samverkan.domain.FieldError;
import se.samverkan.store.StoreFixture;

class NetworkServicesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace workspace;
    private InteractionService interactions;
    private RelationshipService relationships;
    private StakeholderService stakeholders;
    private RelationshipHealthService health;
    private long ada;
    private long org;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw".toCharArray());
        interactions = new InteractionService(workspace, CLOCK);
        relationships = new RelationshipService(workspace, CLOCK);
        stakeholders = new StakeholderService(workspace, CLOCK);
        health = new RelationshipHealthService(workspace, CLOCK);
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            org = f.organisation("Region Testlän", "REGION", null);
            ada = f.person("Ada", "Exempelsson", null, org, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InteractionLog meeting(LocalDate on, String topic, List<PartyRef> with, List<FollowUp> followUps) {
        return new InteractionLog(new Interaction(0, on, "MEETING", topic, null, null), with, followUps);
    }

    @Test
    void loggingAnInteractionWithAFollowUpShowsItAmongDueFollowUps() {
        interactions.log(meeting(TODAY.minusDays(3), "Kompetensråd", List.of(PartyRef.person(ada)), List.of(
                new FollowUp(0, null, null, "Skicka protokoll", TODAY.plusDays(5), null, null),
                new FollowUp(0, null, null, "Ring tillbaka", TODAY.minusDays(1), null, null),
                new FollowUp(0, null, null, "Långt fram", TODAY.plusDays(30), null, null))));

        List<FollowUpDue> due = interactions.followUpsDue(14);

        assertThat(due).extracting(FollowUpDue::description).containsExactly("Ring tillbaka", "Skicka protokoll");
        assertThat(due.get(0).participants()).containsExactly("Ada Exempelsson");

        interactions.markDone(due.get(0).id());
        assertThat(interactions.followUpsDue(14)).extracting(FollowUpDue::description).containsExactly("Skicka protokoll");
    }

    @Test
    void anInteractionNeedsATopicAParticipantAndADateNotFarAhead() {
        var invalid = meeting(TODAY.plusDays(InteractionService.MAX_DAYS_AHEAD + 1), " ", List.of(),
                List.of(new FollowUp(0, null, null, "", null, null, null)));

        assertThatThrownBy(() -> interactions.log(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors()).containsExactlyInAnyOrder(
                        new FieldError("occurredOn", FieldProblem.TOO_FAR_AHEAD.messageKey()),
                        new FieldError("topic", FieldProblem.REQUIRED.messageKey()),
                        new FieldError("participants", FieldProblem.REQUIRED.messageKey()),
                        new FieldError("followUps[0].description", FieldProblem.REQUIRED.messageKey()),
                        new FieldError("followUps[0].dueDate", FieldProblem.REQUIRED.messageKey())));
        assertThat(interactions.of(PartyRef.person(ada))).isEmpty();
    }

    @Test
    void aRelationshipNeedsTwoDifferentPartiesAndAStrengthFromOneToFive() {
        var toItself = new Relationship(0, ada, null, ada, null, "KNOWS", 6, null, null, null);

        assertThatThrownBy(() -> relationships.create(toItself, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.result().errors().contains(new FieldError("to", FieldProblem.SAME_PARTY.messageKey()))).isTrue();
                    assertThat(e.result().errors().contains(new FieldError("strength", FieldProblem.OUT_OF_RANGE.messageKey()))).isTrue();
                });

        relationships.create(new Relationship(0, ada, null, null, org, "WORKS_AT", 4, TODAY, null, null), null);
        assertThat(relationships.of(PartyRef.organisation(org))).hasSize(1);
    }

    @Test
    void aRelationshipCannotEndBeforeItBeganNorInTheFuture() {
        var endsBeforeStart = new Relationship(0, ada, null, null, org, "WORKS_AT", 3, TODAY.minusDays(10), null,
                TODAY.minusDays(20));
        var endsTomorrow = new Relationship(0, ada, null, null, org, "WORKS_AT", 3, null, null, TODAY.plusDays(1));

        assertThatThrownBy(() -> relationships.create(endsBeforeStart, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
                        .contains(new FieldError("endedOn", FieldProblem.BEFORE_START.messageKey())));
        assertThatThrownBy(() -> relationships.create(endsTomorrow, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
                        .contains(new FieldError("endedOn", FieldProblem.IN_THE_FUTURE.messageKey())));
        assertThat(relationships.of(PartyRef.person(ada))).isEmpty();
    }

    @Test
    void assessmentHistoryKeepsEveryReassessment() {
        stakeholders.assess(PartyRef.person(ada), 2, 2, TODAY.minusDays(300), null);
        stakeholders.assess(PartyRef.person(ada), 4, 5, null, "Ny ordförande");

        assertThat(stakeholders.history(PartyRef.person(ada))).extracting(StakeholderAssessment::influence)
                .containsExactly(4, 2);
        assertThat(stakeholders.current(PartyRef.person(ada))).hasValueSatisfying(a -> {
            assertThat(a.assessedOn()).isEqualTo(TODAY);
            assertThat(a.interest()).isEqualTo(5);
        });
        assertThatThrownBy(() -> stakeholders.assess(PartyRef.person(ada), 0, 3, TODAY.plusDays(1), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors()).hasSize(2));
    }

    @Test
    void anInfluentialContactNotMetForTwoCadencesIsAmongTheRelationsGoingCold() {
        relationships.create(new Relationship(0, ada, null, null, org, "WORKS_AT", 4, null, null, null), null);
        stakeholders.assess(PartyRef.person(ada), 5, 4, TODAY.minusDays(10), null);
        interactions.log(meeting(TODAY.minusDays(75), "Avstämning", List.of(PartyRef.person(ada)), List.of()));
        for (int daysAgo : new int[] {5, 60, 120}) {
            interactions.log(meeting(TODAY.minusDays(daysAgo), "Nätverksträff", List.of(PartyRef.organisation(org)), List.of()));
        }

        List<RelationshipHealth> cold = health.goingCold(10);

        assertThat(cold).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("Ada Exempelsson");
            assertThat(h.organisationName()).isEqualTo("Region Testlän");
            assertThat(h.cadenceDays()).isEqualTo(30);
            assertThat(h.daysSinceContact()).isEqualTo(75);
            assertThat(h.status()).isEqualTo(RelationshipHealthStatus.COLD);
        });
    }
}
