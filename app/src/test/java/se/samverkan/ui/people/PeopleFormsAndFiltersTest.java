package se.samverkan.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.ChoiceService;
import se.samverkan.service.network.PeopleService;
import se.samverkan.store.StoreFixture;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class PeopleFormsAndFiltersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    @TempDir
    Path dir;
    private Workspace workspace;
    private PeopleViewModel model;
    private PeopleService service;
    private long region;
    private long branch;
    private long forum;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        service = new PeopleService(workspace);
        var clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        model = new PeopleViewModel(service, new ChoiceService(workspace, Messages.SWEDISH)::choices, tasks, errors,
                clock);
        workspace.inTransaction(s -> {
            var f = new StoreFixture(s);
            region = f.organisation("Region Testlän", "REGION", "0680");
            branch = s.branches().create(new Branch(0, 99, "Avdelning Test", "SE21", List.of("06"), null, null)).id();
            forum = f.forum("Regionalt industriråd", "INDUSTRY_COUNCIL");
            return null;
        });
        onFx(model::loadChoices);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Person person(String first, String last, Long branchId, LocalDate verifyBy) {
        return service.save(new Person(0, first, last, null, null, branchId, null, null, null, null, null, null, verifyBy));
    }

    private List<String> names() {
        return model.rows().stream().map(PersonRow::name).toList();
    }

    @Test
    void municipalityChoicesFollowTheChosenCounty() {
        var form = new PersonFormModel(model, null);

        onFx(() -> form.place().countyCode().set("06"));

        assertThat(form.place().municipalities()).isNotEmpty().extracting(Municipality::countyCode).containsOnly("06");
        onFx(() -> form.place().municipalityCode().set("0680"));
        onFx(() -> form.place().countyCode().set("14"));
        assertThat(form.place().municipalityCode().get()).isNull();
        assertThat(form.place().municipalities()).extracting(Municipality::countyCode).containsOnly("14");
    }

    @Test
    void choosingAMunicipalityFirstFillsInItsCounty() {
        var form = new PersonFormModel(model, null);

        onFx(() -> form.place().municipalityCode().set("1480"));

        assertThat(form.place().countyCode().get()).isEqualTo("14");
        assertThat(form.place().municipalityCode().get()).isEqualTo("1480");
    }

    @Test
    void theFormSavesOrganisationBranchPlaceAndTheSensitiveUnionFields() {
        var form = new PersonFormModel(model, null);
        onFx(() -> {
            form.firstName().set("Greta");
            form.lastName().set("Fiktiva");
            form.organisationId().set(region);
            form.branchId().set(branch);
            form.place().countyCode().set("06");
            form.place().municipalityCode().set("0680");
            form.unionMember().set(true);
            form.unionRole().set("Ombud");
            form.save(saved -> { });
        });

        Person saved = model.openedProperty().get().person();
        assertThat(saved).extracting(Person::organisationId, Person::branchId, Person::countyCode,
                Person::municipalityCode, Person::unionMember, Person::unionRole)
                .containsExactly(region, branch, "06", "0680", true, "Ombud");
        assertThat(model.rows()).extracting(PersonRow::organisationName).containsExactly("Region Testlän");
    }

    @Test
    void aNewPersonIsToBeCheckedAYearFromToday() {
        assertThat(new PersonFormModel(model, null).verifyBy().get()).isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    void filterByBranchNarrowsTheList() {
        person("Anna", "Lind", branch, null);
        person("Bertil", "Ek", null, null);

        onFx(() -> {
            model.filters().branchId().set(branch);
            model.load();
        });

        assertThat(names()).containsExactly("Anna Lind");
    }

    @Test
    void filterByForumKeepsThePeopleWithASeatThere() {
        long anna = person("Anna", "Lind", null, null).id();
        person("Bertil", "Ek", null, null);
        workspace.inTransaction(s -> new StoreFixture(s).seat(forum, anna, "ORDINARY", TODAY.minusYears(1), null));

        onFx(() -> {
            model.filters().forumId().set(forum);
            model.load();
        });

        assertThat(names()).containsExactly("Anna Lind");
    }

    @Test
    void toCheckKeepsRecordsPastOrWithinThirtyDaysOfTheirVerifyByDate() {
        person("Anna", "Lind", null, TODAY.minusDays(3));
        person("Bertil", "Ek", null, TODAY.plusDays(30));
        person("Cecilia", "Ask", null, TODAY.plusDays(31));
        person("David", "Berg", null, null);

        onFx(() -> {
            model.filters().verifyDue().set(true);
            model.load();
        });

        assertThat(names()).containsExactlyInAnyOrder("Anna Lind", "Bertil Ek");
    }

    @Test
    void clearingTheFiltersShowsEveryoneAgain() {
        person("Anna", "Lind", branch, null);
        person("Bertil", "Ek", null, null);
        onFx(() -> {
            model.filters().branchId().set(branch);
            model.filters().place().countyCode().set("06");
            model.load();
        });
        assertThat(model.filters().active().get()).isTrue();

        onFx(() -> {
            model.filters().clear();
            model.load();
        });

        assertThat(model.filters().active().get()).isFalse();
        assertThat(names()).hasSize(2);
    }

    @Test
    void checkedTodayMovesTheOpenedPersonsVerifyByDateAYearAhead() {
        long id = person("Anna", "Lind", null, TODAY.minusDays(3)).id();
        onFx(() -> model.open(id));

        onFx(model::markOpenedVerified);

        assertThat(model.openedProperty().get().person().verifyBy()).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void slåIhopInTheDuplicateWarningFillsTheExistingPersonAndTellsWhatWasNotTaken() {
        long existing = service.save(new Person(0, "Anna", "Lind", "Strateg", null, null, "anna@example.test", null,
                null, null, null, null, null)).id();
        var form = new PersonFormModel(model, null);
        var notTaken = new java.util.ArrayList<String>();
        onFx(() -> {
            form.firstName().set("Anna");
            form.lastName().set("Lind");
            form.title().set("Chef");
            form.email().set("anna@example.test");
            form.phone().set("0701234567");
            form.mergeInto(existing, result -> result.notTaken().forEach(c -> notTaken.add(c.field())));
        });

        assertThat(notTaken).containsExactly("title");
        assertThat(model.openedProperty().get().person()).extracting(Person::id, Person::phone, Person::title)
                .containsExactly(existing, "070-123 45 67", "Strateg");
        assertThat(names()).containsExactly("Anna Lind");
    }

    @Test
    void mergingWithAnotherPersonTakesTheChosenValuesAndDeletesTheOther() {
        long kept = service.save(new Person(0, "Anna", "Lind", "Strateg", null, null, null, null, null, null, null,
                null, null)).id();
        long other = service.save(new Person(0, "Ana", "Lind", "Chef", null, null, null, "0701234567", null, null,
                null, null, null)).id();
        onFx(() -> model.open(kept));
        var merge = new PersonMergeModel(model, Messages.of(Messages.SWEDISH));
        onFx(merge::loadCandidates);
        assertThat(merge.candidates()).extracting(PersonRow::id).containsExactly(other);

        onFx(() -> merge.otherId().set(other));
        assertThat(merge.preview().get().conflicts()).extracting(c -> c.field()).contains("firstName", "title");
        onFx(() -> {
            merge.takeFromOther().add("title");
            merge.merge(() -> { });
        });

        assertThat(model.openedProperty().get().person()).extracting(Person::firstName, Person::title, Person::phone)
                .containsExactly("Anna", "Chef", "070-123 45 67");
        assertThat(names()).containsExactly("Anna Lind");
    }

    @Test
    void anOfficeEndingBeforeItStartsIsShownAtItsFieldAndAValidOneIsListed() {
        long id = person("Anna", "Lind", null, null).id();
        onFx(() -> model.open(id));
        var offices = new PoliticalOfficesModel(model);

        onFx(() -> {
            offices.body().set("Kommunfullmäktige");
            offices.level().set("MUNICIPALITY");
            offices.termFrom().set(LocalDate.of(2026, 1, 1));
            offices.termTo().set(LocalDate.of(2025, 1, 1));
            offices.add();
        });
        assertThat(offices.fieldErrors()).containsEntry(PeopleService.OFFICE_TERM_TO, "ui.validation.beforeStart");
        assertThat(offices.offices()).isEmpty();

        onFx(() -> {
            offices.termTo().set(LocalDate.of(2030, 1, 1));
            offices.add();
        });
        assertThat(offices.fieldErrors()).isEmpty();
        assertThat(offices.offices()).hasSize(1);
        assertThat(model.openedProperty().get().offices()).hasSize(1);
    }
}
