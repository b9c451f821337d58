package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyContactFacts;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.service.Workspace;

class RelationshipRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;
    private Workspace workspace;
    private long ada;
    private long bo;
    private long org;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw".toCharArray());
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            org = f.organisation("Region Testlän", "REGION", null);
            ada = f.person("Ada", "Exempelsson", null, org, null);
            bo = f.person("Bo", "Testberg", null, null, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void relationshipsAreListedForBothSidesAndEveryChangeIsAudited() {
        Relationship created = workspace.inTransaction(s -> s.relationships().create(
                new Relationship(0, ada, null, null, org, "WORKS_AT", 3, DAY, null, null), "Anteckning"));
        workspace.inTransaction(s -> s.relationships().update(
                new Relationship(created.id(), ada, null, null, org, "WORKS_AT", 5, DAY, null, DAY.plusDays(3)), null));

        var ofOrganisation = workspace.read(s -> s.relationships().of(PartyRef.organisation(org)));
        assertThat(ofOrganisation)
                .singleElement().satisfies(r -> {
                    assertThat(r.strength()).isEqualTo(5);
                    assertThat(r.endedOn()).isEqualTo(DAY.plusDays(3));
                });
        var ofAda = workspace.read(s -> s.relationships().of(PartyRef.person(ada)));
        assertThat(ofAda).hasSize(1);
        var ofBo = workspace.read(s -> s.relationships().of(PartyRef.person(bo)));
        assertThat(ofBo).isEmpty();

        workspace.inTransaction(s -> {
            s.relationships().delete(created.id());
            return null;
        });
        var audit = workspace.read(s -> s.audit().forRecord(RelationshipRepository.ENTITY, created.id()));
        assertThat(audit)
                .extracting(e -> e.action())
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
    }

    @Test
    void assessmentHistoryKeepsEveryReassessmentAndTheLatestIsCurrent() {
        workspace.inTransaction(s -> s.assessments().add(new StakeholderAssessment(0, ada, null, 2, 3, DAY.minusDays(200), null)));
        workspace.inTransaction(s -> s.assessments().add(new StakeholderAssessment(0, ada, null, 5, 4, DAY, "Ny roll")));
        workspace.inTransaction(s -> s.assessments().add(new StakeholderAssessment(0, ada, null, 3, 3, DAY.minusDays(100), null)));

        var history = workspace.read(s -> s.assessments().history(PartyRef.person(ada)));
        assertThat(history)
                .extracting(StakeholderAssessment::influence).containsExactly(5, 3, 2);
        var current = workspace.read(s -> s.assessments().current(PartyRef.person(ada)));
        assertThat(current)
                .hasValueSatisfying(a -> assertThat(a.note()).isEqualTo("Ny roll"));
        var boCurrent = workspace.read(s -> s.assessments().current(PartyRef.person(bo)));
        assertThat(boCurrent).isEmpty();
    }

    @Test
    void contactFactsGiveStrongestRelationLatestInfluenceLastContactAndContactsInTheYear() {
        workspace.inTransaction(s -> {
            s.relationships().create(new Relationship(0, ada, null, null, org, "WORKS_AT", 2, null, null, null), null);
            s.relationships().create(new Relationship(0, bo, null, ada, null, "KNOWS", 4, null, null, null), null);
            s.assessments().add(new StakeholderAssessment(0, ada, null, 5, 4, DAY.minusDays(10), null));
            for (LocalDate on : List.of(DAY.minusDays(400), DAY.minusDays(40), DAY.minusDays(20), DAY.plusDays(3))) {
                s.interactions().log(new InteractionLog(new Interaction(0, on, "CALL", "Samtal", null, null),
                        List.of(PartyRef.person(ada)), List.of()));
            }
            return null;
        });

        List<PartyContactFacts> facts = workspace.read(s -> s.contactFacts().partiesWithRelationships(DAY));

        assertThat(facts).extracting(PartyContactFacts::party).containsExactlyInAnyOrder(
                PartyRef.person(ada), PartyRef.person(bo), PartyRef.organisation(org));
        PartyContactFacts adaFacts = facts.stream().filter(f -> f.party().equals(PartyRef.person(ada))).findFirst().orElseThrow();
        assertThat(adaFacts.name()).isEqualTo("Ada Exempelsson");
        assertThat(adaFacts.organisationName()).isEqualTo("Region Testlän");
        assertThat(adaFacts.strongestRelation()).isEqualTo(4);
        assertThat(adaFacts.influence()).isEqualTo(5);
        assertThat(adaFacts.lastContact()).isEqualTo(DAY.minusDays(20));
        assertThat(adaFacts.contactsInYear()).isEqualTo(2);
        PartyContactFacts boFacts = facts.stream().filter(f -> f.party().equals(PartyRef.person(bo))).findFirst().orElseThrow();
        assertThat(boFacts.lastContact()).isNull();
        assertThat(boFacts.influence()).isNull();
    }
}
