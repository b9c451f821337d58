package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;

class PeopleServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private PeopleService people;
    private long regionId;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        people = new PeopleService(workspace);
        regionId = new OrganisationService(workspace, java.util.Locale.ROOT)
                .save(new Organisation(0, "Region Testlän", "REGION", "06", "0680", null, null, null)).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static Person person(String first, String last, String email, String phone, Long org) {
        return new Person(0, first, last, "Utvecklingsstrateg", org, null, email, phone, null, null, null, null, null);
    }

    @Test
    void missingNamesInvalidEmailAndPhoneAreReportedAtTheirFields() {
        ValidationResult result = people.validate(person(" ", "", "anna.example.se", "12345", null));

        assertThat(result.errors()).containsExactly(
                new FieldError(PeopleService.FIRST_NAME, PersonValidator.REQUIRED),
                new FieldError(PeopleService.LAST_NAME, PersonValidator.REQUIRED),
                new FieldError(PeopleService.EMAIL, PersonValidator.EMAIL),
                new FieldError(PeopleService.PHONE, PersonValidator.PHONE));
    }

    @Test
    void aMunicipalityOutsideTheChosenCountyIsRejected() {
        Person inGothenburgButJonkoping = new Person(0, "Anna", "Lind", null, null, null, null, null, "06", "1480",
                null, null, null);

        assertThat(people.validate(inGothenburgButJonkoping).messageFor(PeopleService.MUNICIPALITY))
                .contains(PersonValidator.MUNICIPALITY_COUNTY);
        assertThat(people.validate(new Person(0, "Anna", "Lind", null, null, null, null, null, "06", "0680",
                null, null, null)).valid()).isTrue();
    }

    @Test
    void savingStoresATidyPhoneNumberAndTrimmedNames() {
        Person saved = people.save(person(" Anna ", "Lind ", "anna@example.test", "+46701234567", regionId));

        assertThat(people.find(saved.id())).get().satisfies(p -> {
            assertThat(p.firstName()).isEqualTo("Anna");
            assertThat(p.lastName()).isEqualTo("Lind");
            assertThat(p.phone()).isEqualTo("070-123 45 67");
        });
        assertThat(people.list(new PersonFilter("lind", null, null, null, null, null))).hasSize(1);
    }

    @Test
    void savingInvalidInputThrowsWithTheFieldErrorsAndStoresNothing() {
        assertThatThrownBy(() -> people.save(person("Anna", "Lind", "fel", null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.result().messageFor(PeopleService.EMAIL)).isPresent());
        assertThat(people.list(PersonFilter.none())).isEmpty();
    }

    @Test
    void theSameEmailInAnotherCaseIsADuplicate() {
        people.save(person("Anna", "Lind", "Anna.Lind@Example.test", null, null));

        assertThat(people.duplicates(person("Kalle", "Berg", "anna.lind@example.TEST", null, null)))
                .extracting(DuplicateCandidate::reason).containsExactly(DuplicateCandidate.Reason.SAME_EMAIL);
    }

    @Test
    void theSameNameAtTheSameOrganisationIsADuplicate() {
        people.save(person("Anna", "Lind", null, null, regionId));

        assertThat(people.duplicates(person("anna", "lind", null, null, regionId)))
                .extracting(DuplicateCandidate::reason).containsExactly(DuplicateCandidate.Reason.SAME_NAME_SAME_ORG);
    }

    @Test
    void aNearIdenticalNameIsADuplicateButADifferentPersonIsNot() {
        people.save(person("Anna", "Lindqvist", null, null, null));
        people.save(person("Anna", "Lindberg", null, null, null));

        assertThat(people.duplicates(person("Anna", "Lindkvist", null, null, null)))
                .extracting(DuplicateCandidate::name).containsExactly("Anna Lindqvist");
    }

    @Test
    void aPersonIsNotItsOwnDuplicateWhenEdited() {
        Person saved = people.save(person("Anna", "Lind", "anna@example.test", null, regionId));

        assertThat(people.duplicates(saved)).isEmpty();
    }

    @Test
    void deletingRemovesThePerson() {
        Person saved = people.save(person("Anna", "Lind", null, null, null));
        people.delete(saved.id());

        assertThat(people.find(saved.id())).isEmpty();
    }
}
