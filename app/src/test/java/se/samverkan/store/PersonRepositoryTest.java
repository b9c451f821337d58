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
import se.samverkan.domain.AuditEntry;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.Workspace;

class PersonRepositoryTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private long forumId;
    private long branchId;
    private long annaId;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long region = f.organisation("Region Testlän", "REGION", "0680");
            long kommun = f.organisation("Testby kommun", "MUNICIPALITY", "1480");
            branchId = s.branches().create(new Branch(0, 99, "Avdelning Test", "SE21", List.of("06"), null, null)).id();
            annaId = s.people().create(new Person(0, "Anna", "Lind", "Strateg", region, branchId, "anna@example.test",
                    "070-123 45 67", "06", "0680", true, "Ombud", LocalDate.of(2027, 1, 1))).id();
            s.people().create(new Person(0, "Bertil", "Ek", "Chef", kommun, null, "bertil@example.test", null,
                    "14", "1480", null, null, null));
            forumId = f.forum("Regionalt industriråd", "INDUSTRY_COUNCIL");
            f.seat(forumId, annaId, "ORDINARY", LocalDate.of(2025, 1, 1), null);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> names(PersonFilter filter) {
        return workspace.read(s -> s.people().list(filter, 100)).stream().map(PersonRow::name).toList();
    }

    @Test
    void theListIsSortedByNameAndShowsOrganisationAndMunicipality() {
        List<PersonRow> rows = workspace.read(s -> s.people().list(PersonFilter.none(), 100));

        assertThat(rows).extracting(PersonRow::name).containsExactly("Bertil Ek", "Anna Lind");
        assertThat(rows.get(1).organisationName()).isEqualTo("Region Testlän");
        assertThat(rows.get(1).municipalityName()).isEqualTo("Jönköping");
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(names(new PersonFilter("ANNA@", null, null, null, null, null))).containsExactly("Anna Lind");
        assertThat(names(new PersonFilter("chef", null, null, null, null, null))).containsExactly("Bertil Ek");
        assertThat(names(new PersonFilter("anna lind", null, null, null, null, null))).containsExactly("Anna Lind");
        assertThat(names(new PersonFilter(null, "MUNICIPALITY", null, null, null, null))).containsExactly("Bertil Ek");
        assertThat(names(new PersonFilter(null, null, "06", null, null, null))).containsExactly("Anna Lind");
        assertThat(names(new PersonFilter(null, null, null, "1480", null, null))).containsExactly("Bertil Ek");
        assertThat(names(new PersonFilter(null, null, null, null, branchId, null))).containsExactly("Anna Lind");
        assertThat(names(new PersonFilter(null, null, null, null, null, forumId))).containsExactly("Anna Lind");
    }

    @Test
    void createUpdateAndDeleteAreAuditedWithBeforeAndAfter() {
        workspace.inTransaction(s -> {
            Person anna = s.people().find(annaId).orElseThrow();
            s.people().update(new Person(anna.id(), "Anna", "Lindgren", anna.title(), anna.organisationId(),
                    anna.branchId(), anna.email(), anna.phone(), anna.countyCode(), anna.municipalityCode(),
                    anna.unionMember(), anna.unionRole(), anna.verifyBy()));
            s.people().delete(annaId);
            return null;
        });

        List<AuditEntry> entries = workspace.read(s -> s.audit().forRecord(PersonRepository.ENTITY, annaId));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
        assertThat(entries.get(1).beforeJson()).contains("Lind\"").doesNotContain("Lindgren");
        assertThat(entries.get(1).afterJson()).contains("Lindgren");
        assertThat(entries.get(2).afterJson()).isNull();
    }

    @Test
    void duplicateCandidateQueriesIgnoreCase() {
        List<Person> sameEmail = workspace.read(s -> s.people().withEmail("ANNA@example.test"));
        List<Person> samePrefix = workspace.read(s -> s.people().withLastNamePrefix("LI", 10));
        assertThat(sameEmail).extracting(Person::id).containsExactly(annaId);
        assertThat(samePrefix).extracting(Person::id).containsExactly(annaId);
    }

    @Test
    void politicalOfficesAreAddedListedAndRemovedWithAudit() {
        long officeId = workspace.inTransaction(s -> s.people().addOffice(new PoliticalOffice(0, annaId,
                "Kommunfullmäktige Testby", "MUNICIPALITY", "Exempelpartiet", "0680", "06", "Ledamot",
                LocalDate.of(2022, 10, 15), LocalDate.of(2026, 10, 14))));

        List<PoliticalOffice> offices = workspace.read(s -> s.people().offices(annaId));
        assertThat(offices).extracting(PoliticalOffice::body).containsExactly("Kommunfullmäktige Testby");
        workspace.inTransaction(s -> {
            s.people().removeOffice(officeId);
            return null;
        });
        List<PoliticalOffice> after = workspace.read(s -> s.people().offices(annaId));
        List<AuditEntry> audit = workspace.read(s -> s.audit().forRecord(PersonRepository.OFFICE_ENTITY, officeId));
        assertThat(after).isEmpty();
        assertThat(audit).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.DELETE);
    }
}
