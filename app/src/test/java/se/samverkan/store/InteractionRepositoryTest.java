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
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Workspace;

class InteractionRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;
    private Workspace workspace;
    private long person;
    private long org;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw".toCharArray());
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            org = f.organisation("Region Testlän", "REGION", null);
            person = f.person("Ada", "Exempelsson", null, org, null);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InteractionLog log(LocalDate on, String topic, List<FollowUp> followUps) {
        return workspace.inTransaction(s -> s.interactions().log(new InteractionLog(
                new Interaction(0, on, "MEETING", topic, null, null),
                List.of(PartyRef.person(person), PartyRef.organisation(org)), followUps)));
    }

    @Test
    void loggedInteractionIsListedForEveryParticipantNewestFirstWithItsFollowUps() {
        log(DAY.minusDays(30), "Äldre", List.of());
        InteractionLog newer = log(DAY, "Nyare",
                List.of(new FollowUp(0, null, null, "Skicka underlag", DAY.plusDays(7), null, "Ada")));

        List<InteractionLog> ofPerson = workspace.read(s -> s.interactions().of(PartyRef.person(person)));
        List<InteractionLog> ofOrg = workspace.read(s -> s.interactions().of(PartyRef.organisation(org)));

        assertThat(ofPerson).extracting(l -> l.interaction().topic()).containsExactly("Nyare", "Äldre");
        assertThat(ofOrg).hasSize(2);
        assertThat(ofPerson.get(0).participants())
                .containsExactlyInAnyOrder(PartyRef.person(person), PartyRef.organisation(org));
        assertThat(ofPerson.get(0).followUps()).singleElement()
                .satisfies(f -> assertThat(f.interactionId()).isEqualTo(newer.interaction().id()));
    }

    @Test
    void markingAFollowUpDoneKeepsTheFirstDayAndIsAudited() {
        InteractionLog logged = log(DAY, "Möte",
                List.of(new FollowUp(0, null, null, "Boka möte", DAY.plusDays(3), null, null)));
        long followUp = logged.followUps().get(0).id();

        workspace.inTransaction(s -> s.interactions().markDone(followUp, DAY.plusDays(1)));
        FollowUp again = workspace.inTransaction(s -> s.interactions().markDone(followUp, DAY.plusDays(5)));

        assertThat(again.doneOn()).isEqualTo(DAY.plusDays(1));
        var followUpAudit = workspace.read(s -> s.audit().forRecord(FollowUpRows.ENTITY, followUp));
        assertThat(followUpAudit)
                .extracting(e -> e.action()).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void deletingAnInteractionRemovesItsFollowUpsAndIsAudited() {
        InteractionLog logged = log(DAY, "Möte",
                List.of(new FollowUp(0, null, null, "Boka möte", DAY.plusDays(3), null, null)));
        long id = logged.interaction().id();

        workspace.inTransaction(s -> {
            s.interactions().delete(id);
            return null;
        });

        var remaining = workspace.read(s -> s.interactions().of(PartyRef.person(person)));
        assertThat(remaining).isEmpty();
        var followUpsLeft = workspace.read(s -> s.interactions().followUps(id));
        assertThat(followUpsLeft).isEmpty();
        var interactionAudit = workspace.read(s -> s.audit().forRecord(InteractionRepository.ENTITY, id));
        assertThat(interactionAudit)
                .extracting(e -> e.action()).containsExactly(AuditAction.CREATE, AuditAction.DELETE);
    }
}
