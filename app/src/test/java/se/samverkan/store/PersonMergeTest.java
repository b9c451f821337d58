package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.NETWORK_PIN;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.AuditEntry;
import se.samverkan.domain.Person;
import se.samverkan.service.Workspace;

class PersonMergeTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private long kept;
    private long other;
    private long third;
    private long organisation;
    private long sharedMeeting;
    private long othersMeeting;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        workspace.inTransaction(s -> {
            var f = new StoreFixture(s);
            var dsl = s.dsl();
            organisation = f.organisation("Region Testlän", "REGION", "0680");
            kept = f.person("Anna", "Lind", "anna@example.test", organisation, null);
            other = f.person("Ana", "Lind", null, null, true);
            third = f.person("Carl", "Fiktiv", null, null, null);
            relationship(dsl, other, third, null);
            relationship(dsl, kept, other, null);
            relationship(dsl, other, null, organisation);
            sharedMeeting = f.interaction(LocalDate.of(2026, 1, 10), "Gemensamt möte", kept, other);
            othersMeeting = f.interaction(LocalDate.of(2026, 2, 10), "Samtal", other, third);
            f.followUp(othersMeeting, "Skicka underlag", LocalDate.of(2026, 3, 1), null);
            f.seat(f.forum("Industriråd", "INDUSTRY_COUNCIL"), other, "ORDINARY", LocalDate.of(2025, 1, 1), null);
            dsl.insertInto(STAKEHOLDER_ASSESSMENT).set(STAKEHOLDER_ASSESSMENT.PERSON_ID, other)
                    .set(STAKEHOLDER_ASSESSMENT.INFLUENCE, 4).set(STAKEHOLDER_ASSESSMENT.INTEREST, 3)
                    .set(STAKEHOLDER_ASSESSMENT.ASSESSED_ON, LocalDate.of(2026, 1, 1)).execute();
            f.politicalOffice(other, "Kommunfullmäktige", "Testpartiet");
            dsl.insertInto(NETWORK_PIN).set(NETWORK_PIN.PERSON_ID, other).set(NETWORK_PIN.X, 1.0).set(NETWORK_PIN.Y, 2.0)
                    .execute();
            return null;
        });
    }

    private static void relationship(org.jooq.DSLContext dsl, long from, Long toPerson, Long toOrg) {
        dsl.insertInto(RELATIONSHIP).set(RELATIONSHIP.FROM_PERSON_ID, from).set(RELATIONSHIP.TO_PERSON_ID, toPerson)
                .set(RELATIONSHIP.TO_ORG_ID, toOrg).set(RELATIONSHIP.KIND, "KNOWS").set(RELATIONSHIP.STRENGTH, 3).execute();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Person keptWithMemberFlag() {
        return workspace.read(s -> s.people().find(kept)).map(p -> new Person(p.id(), p.firstName(), p.lastName(),
                p.title(), p.organisationId(), p.branchId(), p.email(), p.phone(), p.countyCode(), p.municipalityCode(),
                true, p.unionRole(), p.verifyBy())).orElseThrow();
    }

    @Test
    void mergingTwoPeopleMovesTheirRelationshipsAndInteractions() {
        Person merged = workspace.inTransaction(s -> s.people().mergeInto(keptWithMemberFlag(), other));

        assertThat(merged.unionMember()).isTrue();
        workspace.read(s -> {
            var dsl = s.dsl();
            assertThat(s.people().find(other)).isEmpty();
            // The tie between the two is gone (it would be a tie with oneself); the others now start at the kept one.
            assertThat(dsl.fetchCount(RELATIONSHIP, RELATIONSHIP.FROM_PERSON_ID.eq(kept))).isEqualTo(2);
            assertThat(dsl.fetchCount(RELATIONSHIP, RELATIONSHIP.TO_PERSON_ID.eq(kept))).isZero();
            assertThat(dsl.fetchCount(INTERACTION_PARTICIPANT, INTERACTION_PARTICIPANT.PERSON_ID.eq(kept))).isEqualTo(2);
            assertThat(dsl.fetchCount(INTERACTION_PARTICIPANT, INTERACTION_PARTICIPANT.INTERACTION_ID.eq(sharedMeeting)))
                    .isEqualTo(1);
            assertThat(dsl.fetchCount(FOLLOW_UP, FOLLOW_UP.INTERACTION_ID.eq(othersMeeting))).isEqualTo(1);
            assertThat(dsl.fetchCount(SEAT, SEAT.PERSON_ID.eq(kept))).isEqualTo(1);
            assertThat(dsl.fetchCount(STAKEHOLDER_ASSESSMENT, STAKEHOLDER_ASSESSMENT.PERSON_ID.eq(kept))).isEqualTo(1);
            assertThat(dsl.fetchCount(POLITICAL_OFFICE, POLITICAL_OFFICE.PERSON_ID.eq(kept))).isEqualTo(1);
            assertThat(dsl.fetchCount(NETWORK_PIN, NETWORK_PIN.PERSON_ID.eq(kept))).isEqualTo(1);
            return null;
        });
    }

    @Test
    void bothRecordsOfAMergeAreAudited() {
        workspace.inTransaction(s -> s.people().mergeInto(keptWithMemberFlag(), other));

        var keptTrail = workspace.read(s -> s.audit().forRecord(PersonRepository.ENTITY, kept));
        var otherTrail = workspace.read(s -> s.audit().forRecord(PersonRepository.ENTITY, other));
        assertThat(keptTrail).last().extracting(AuditEntry::action).isEqualTo(AuditAction.UPDATE);
        assertThat(keptTrail.get(keptTrail.size() - 1).summary()).contains("sammanslagen");
        assertThat(otherTrail).last().extracting(AuditEntry::action).isEqualTo(AuditAction.DELETE);
    }

    @Test
    void mergeIsOneTransactionWithTheCallerSoAFailureMovesNothing() {
        assertThatThrownBy(() -> workspace.inTransaction(s -> {
            s.people().mergeInto(keptWithMemberFlag(), other);
            throw new IllegalStateException("fails after the merge");
        })).isInstanceOf(IllegalStateException.class);

        workspace.read(s -> {
            assertThat(s.people().find(other)).isPresent();
            assertThat(s.dsl().fetchCount(SEAT, SEAT.PERSON_ID.eq(other))).isEqualTo(1);
            assertThat(s.dsl().fetchCount(RELATIONSHIP, RELATIONSHIP.FROM_PERSON_ID.eq(other))).isEqualTo(2);
            assertThat(s.audit().forRecord(PersonRepository.ENTITY, other)).isEmpty();
            return null;
        });
    }
}
