package se.samverkan.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.PersonRow;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.PeopleService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class PeopleViewModelTest {

    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    @TempDir
    Path dir;
    private Workspace workspace;
    private PeopleViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        model = new PeopleViewModel(new PeopleService(workspace), tasks, errors);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PersonFormModel newPerson(String first, String last, String email) {
        var form = new PersonFormModel(model, null);
        form.firstName().set(first);
        form.lastName().set(last);
        form.email().set(email);
        return form;
    }

    @Test
    void anInvalidEmailIsShownAtItsFieldAndNothingIsSaved() {
        var form = newPerson("Anna", "Lind", "anna.example.se");
        AtomicBoolean mayBeSaved = new AtomicBoolean(true);

        onFx(() -> form.check(mayBeSaved::set));

        assertThat(mayBeSaved).isFalse();
        assertThat(form.fieldErrors()).containsEntry(PeopleService.EMAIL, "ui.validation.email");
        onFx(model::load);
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void aSavedPersonIsListedOpenedAndFoundByText() {
        var form = newPerson("Anna", "Lind", "anna@example.test");
        form.phone().set("0701234567");

        onFx(() -> form.save(saved -> { }));

        assertThat(model.openedProperty().get().person().phone()).isEqualTo("070-123 45 67");
        onFx(() -> {
            model.textProperty().set("lin");
            model.load();
        });
        assertThat(model.rows()).extracting(PersonRow::name).containsExactly("Anna Lind");
        onFx(() -> {
            model.textProperty().set("zzz");
            model.load();
        });
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void aLikelyDuplicateIsShownBeforeANewPersonIsSaved() {
        onFx(() -> newPerson("Anna", "Lind", "anna@example.test").save(saved -> { }));
        var second = newPerson("Annika", "Berg", "ANNA@example.test");
        AtomicBoolean mayBeSaved = new AtomicBoolean(true);

        onFx(() -> second.check(mayBeSaved::set));

        assertThat(mayBeSaved).isFalse();
        assertThat(second.duplicates()).extracting(DuplicateCandidate::name).containsExactly("Anna Lind");
    }

    @Test
    void deletingTheOpenedPersonEmptiesTheDetailAndTheList() {
        onFx(() -> newPerson("Anna", "Lind", null).save(saved -> { }));
        onFx(model::deleteOpened);

        assertThat(model.openedProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void theCountyFilterKeepsOnlyPeopleInThatCounty() {
        var service = model.service();
        service.save(new se.samverkan.domain.Person(0, "Anna", "Lind", null, null, null, null, null, "06", "0680",
                null, null, null));
        service.save(new se.samverkan.domain.Person(0, "Bertil", "Ek", null, null, null, null, null, "14", "1480",
                null, null, null));

        onFx(() -> {
            model.countyCodeProperty().set("14");
            model.load();
        });

        assertThat(model.rows()).extracting(PersonRow::name).containsExactly("Bertil Ek");
    }
}
