package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.FieldConflict;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

class PeopleMergeServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private PeopleService people;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        people = new PeopleService(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Person save(String first, String last, String title, String email, String phone) {
        return people.save(new Person(0, first, last, title, null, null, email, phone, "06", "0680", null, null, null));
    }

    @Test
    void mergingFillsEmptyFieldsAndTakesOnlyTheChosenConflicts() {
        Person kept = save("Anna", "Lind", "Strateg", "anna@example.test", null);
        Person other = save("Anna", "Lind", "Chef", "anna.lind@example.test", "0701234567");

        var preview = people.mergePreview(kept.id(), other.id());
        Person merged = people.merge(kept.id(), other.id(), Set.of("title"));

        assertThat(preview.conflicts()).extracting(FieldConflict::field).containsExactly("title", PeopleService.EMAIL);
        assertThat(merged.title()).isEqualTo("Chef");
        assertThat(merged.email()).isEqualTo("anna@example.test");
        assertThat(merged.phone()).isEqualTo("070-123 45 67");
        assertThat(people.list(PersonFilter.none())).extracting(PersonRow::id).containsExactly(kept.id());
    }

    @Test
    void mergeIsOneTransactionSoAnInvalidResultMovesNothing() {
        Person kept = save("Anna", "Lind", null, "anna@example.test", null);
        long other = workspace.inTransaction(s -> {
            var f = new StoreFixture(s);
            long id = f.person("Ana", "Lind", "inte-en-adress", null, null);
            f.seat(f.forum("Industriråd", "INDUSTRY_COUNCIL"), id, "ORDINARY", LocalDate.of(2025, 1, 1), null);
            return id;
        });

        assertThatThrownBy(() -> people.merge(kept.id(), other, Set.of(PeopleService.EMAIL)))
                .isInstanceOf(ValidationException.class);

        assertThat(people.find(other)).isPresent();
        assertThat(people.list(new PersonFilter(null, null, null, null, null,
                workspace.read(s -> s.people().forumChoices()).get(0).id()))).extracting(PersonRow::id)
                .containsExactly(other);
        assertThat(people.find(kept.id()).orElseThrow().email()).isEqualTo("anna@example.test");
    }

    @Test
    void aNewPersonMergedIntoAnExistingOneFillsGapsAndReportsWhatWasNotTaken() {
        Person existing = save("Anna", "Lind", "Strateg", "anna@example.test", null);

        var result = people.mergeNew(existing.id(), new Person(0, "Anna", "Lind", "Chef", null, null,
                "anna@example.test", "0701234567", null, null, true, null, null));

        assertThat(result.person().phone()).isEqualTo("070-123 45 67");
        assertThat(result.person().unionMember()).isTrue();
        assertThat(result.person().title()).isEqualTo("Strateg");
        assertThat(result.notTaken()).containsExactly(new FieldConflict("title", "Strateg", "Chef", false));
        assertThat(people.list(PersonFilter.none())).hasSize(1);
    }

    @Test
    void checkedTodayMovesTheVerifyByDateAYearAhead() {
        Person p = save("Anna", "Lind", null, null, null);

        Person checked = people.markVerified(p.id(), LocalDate.of(2026, 3, 10));

        assertThat(checked.verifyBy()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void theVerifyDueFilterKeepsPeopleWhoseDateHasPassedOrIsNear() {
        Person due = people.save(new Person(0, "Anna", "Lind", null, null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 4, 1)));
        people.save(new Person(0, "Bo", "Ek", null, null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 12, 1)));
        people.save(new Person(0, "Cia", "Ask", null, null, null, null, null, null, null, null, null, null));

        var rows = people.list(new PersonFilter(null, null, null, null, null, null, LocalDate.of(2026, 4, 9)));

        assertThat(rows).extracting(PersonRow::id).containsExactly(due.id());
    }

    @Test
    void anOfficeEndingBeforeItStartsIsRejectedAtItsField() {
        long id = save("Anna", "Lind", null, null, null).id();
        var office = new PoliticalOffice(0, id, "Kommunfullmäktige", "MUNICIPALITY", null, null, null, "Ledamot",
                LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> people.addOffice(office)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).result().messageFor(PeopleService.OFFICE_TERM_TO))
                        .contains("ui.validation.beforeStart"));
        assertThat(people.offices(id)).isEmpty();
    }
}
