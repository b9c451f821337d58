package se.samverkan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.SEAT;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.AuditAction;
import se.samverkan.service.Workspace;
import se.samverkan.service.demo.DemoDataService;
import se.samverkan.service.demo.DemoOptions;
import se.samverkan.service.demo.DemoProgress;

class DemoDataWriterTest {

    @TempDir
    static Path dir;
    static Workspace ws;

    @BeforeAll
    static void fill() {
        ws = Workspace.create(dir, "pw".toCharArray());
        DemoDataService.fill(ws, DemoOptions.standard(LocalDate.of(2026, 3, 2)), DemoProgress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void everySeatReferencesAStoredPersonAndForum() {
        int seats = ws.read(s -> s.dsl().fetchCount(SEAT));
        int joined = ws.read(s -> s.dsl().fetchCount(s.dsl().select().from(SEAT)
                .join(PERSON).on(PERSON.ID.eq(SEAT.PERSON_ID)).join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))));
        assertThat(joined).isEqualTo(seats).isPositive();
    }

    @Test
    void everyInteractionParticipantIsAStoredPersonOrOrganisation() {
        int participants = ws.read(s -> s.dsl().fetchCount(INTERACTION_PARTICIPANT));
        int resolved = ws.read(s -> s.dsl().fetchCount(s.dsl().select().from(INTERACTION_PARTICIPANT)
                .leftJoin(PERSON).on(PERSON.ID.eq(INTERACTION_PARTICIPANT.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INTERACTION_PARTICIPANT.ORGANISATION_ID))
                .where(PERSON.ID.isNotNull().or(ORGANISATION.ID.isNotNull()))));
        assertThat(resolved).isEqualTo(participants).isPositive();
    }

    @Test
    void identitiesRestartAboveTheDemoIds() {
        long maxPerson = ws.read(s -> s.dsl().select(org.jooq.impl.DSL.max(PERSON.ID)).from(PERSON).fetchOne(0, Long.class));
        Long id = ws.inTransaction(s -> s.dsl().insertInto(PERSON, PERSON.FIRST_NAME, PERSON.LAST_NAME)
                .values("Test", "Testsson").returning(PERSON.ID).fetchOne().getId());
        assertThat(id).isEqualTo(maxPerson + 1);
        ws.inTransaction(s -> s.dsl().deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute());
    }

    @Test
    void theLoadIsAuditedOnceAsDemoWithCountsOnly() {
        var entries = ws.read(s -> s.dsl().selectFrom(se.samverkan.store.jooq.Tables.AUDIT_ENTRY).fetch());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getAction()).isEqualTo(AuditAction.DEMO.name());
        assertThat(entries.get(0).getSummary()).contains("600 personer").doesNotContain("@");
    }
}
