package se.samverkan.ui.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.OrganisationService;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

class OrganisationsViewModelTest {

    private final ErrorMessages errors = new ErrorMessages(Messages.of(Messages.SWEDISH));
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    @TempDir
    Path dir;
    private Workspace workspace;
    private OrganisationsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        model = new OrganisationsViewModel(new OrganisationService(workspace, Locale.ROOT), tasks, errors);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMissingNameAndTypeAreShownAtTheirFields() {
        var form = new OrganisationFormModel(model, null);
        AtomicBoolean mayBeSaved = new AtomicBoolean(true);

        onFx(() -> form.check(mayBeSaved::set));

        assertThat(mayBeSaved).isFalse();
        assertThat(form.fieldErrors()).containsKeys(OrganisationService.NAME, OrganisationService.ACTOR_TYPE);
    }

    @Test
    void aSavedOrganisationIsListedAndASimilarNewOneIsFlagged() {
        var form = new OrganisationFormModel(model, null);
        form.name().set("Region Jönköpings län");
        form.actorType().set("REGION");
        onFx(() -> form.save(saved -> { }));

        assertThat(model.rows()).extracting(OrganisationRow::name).containsExactly("Region Jönköpings län");
        assertThat(model.openedProperty().get().actorType()).isEqualTo("REGION");
        var second = new OrganisationFormModel(model, null);
        second.name().set("region jönköpings län");
        second.actorType().set("REGION");
        AtomicBoolean mayBeSaved = new AtomicBoolean(true);
        onFx(() -> second.check(mayBeSaved::set));
        assertThat(mayBeSaved).isFalse();
        assertThat(second.duplicates()).hasSize(1);
    }
}
