package se.samverkan.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.WorkspaceException;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** The start ViewModels without a window: a same-thread executor, actions run on the FX thread. */
class StartViewModelsTest {

    private static final Messages MESSAGES = Messages.of(Messages.SWEDISH);
    private final ErrorMessages errors = new ErrorMessages(MESSAGES);
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, errors::describe);
    private final List<OpenedWorkspace> opened = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeOpened() {
        opened.forEach(o -> o.workspace().close());
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WorkspaceGate gate(BackgroundTasksDemo demo) {
        return new WorkspaceGate() {
            @Override
            public Workspace create(char[] password) {
                return Workspace.create(dir, password);
            }

            @Override
            public Workspace open(char[] password) {
                return Workspace.open(dir, password);
            }

            @Override
            public void fillDemo(Workspace workspace, BackgroundTasks.Progress progress) {
                demo.fill(progress);
            }
        };
    }

    @FunctionalInterface
    interface BackgroundTasksDemo {
        void fill(BackgroundTasks.Progress progress);
    }

    @Test
    void firstStartExplainsTooShortAndMismatchingPasswords() {
        var model = new FirstStartViewModel(gate(p -> { }), tasks, errors, MESSAGES, opened::add);
        model.passwordProperty().set("kort");
        assertThat(model.validationProperty().get()).contains("minst 8");
        assertThat(model.canStartProperty().get()).isFalse();

        model.passwordProperty().set("tillräckligt-långt");
        model.repeatProperty().set("något-annat-långt");
        assertThat(model.validationProperty().get()).isEqualTo(MESSAGES.get("ui.first.password.mismatch"));

        model.repeatProperty().set("tillräckligt-långt");
        assertThat(model.validationProperty().get()).isEmpty();
        assertThat(model.canStartProperty().get()).isTrue();
    }

    @Test
    void startingEmptyCreatesTheDatabaseAndHandsItOn() {
        var model = new FirstStartViewModel(gate(p -> { }), tasks, errors, MESSAGES, opened::add);
        model.passwordProperty().set("tillräckligt-långt");
        model.repeatProperty().set("tillräckligt-långt");
        onFx(model::startEmpty);

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).notice()).isNull();
        assertThat(Workspace.exists(dir)).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void cancellingTheDemoStillOpensTheDatabaseWithANotice() {
        AtomicReference<FirstStartViewModel> ref = new AtomicReference<>();
        var model = new FirstStartViewModel(gate(progress -> {
            progress.update(0.3, "steg");
            ref.get().cancel();
            assertThat(progress.cancelled()).isTrue();
        }), tasks, errors, MESSAGES, opened::add);
        ref.set(model);
        model.passwordProperty().set("tillräckligt-långt");
        model.repeatProperty().set("tillräckligt-långt");
        onFx(model::startWithDemo);

        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).notice()).isEqualTo(MESSAGES.get("ui.first.demo.cancelled"));
    }

    @Test
    void unlockWithAWrongPasswordSetsTheLocalizedMessageAndClearsTheField() {
        Workspace.create(dir, "rätt-lösenord".toCharArray()).close();
        var model = new UnlockViewModel(gate(p -> { }), tasks, errors, opened::add);
        model.passwordProperty().set("fel-lösenord");
        onFx(model::unlock);

        assertThat(model.errorProperty().get()).isEqualTo(MESSAGES.get("error.wrong_password"));
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(opened).isEmpty();

        model.passwordProperty().set("r");
        assertThat(model.errorProperty().get()).as("typing again clears the message").isEmpty();
    }

    @Test
    void unlockWhileAnotherSamverkanHoldsTheFolderSaysItIsLocked() {
        try (Workspace holder = Workspace.create(dir, "rätt-lösenord".toCharArray())) {
            var model = new UnlockViewModel(gate(p -> { }), tasks, errors, opened::add);
            model.passwordProperty().set("rätt-lösenord");
            onFx(model::unlock);
            assertThat(model.errorProperty().get()).isEqualTo(MESSAGES.get("error.locked"));
        }
    }

    @Test
    void errorMessagesFindTheReasonInsideWrappedFailures() {
        var wrapped = new RuntimeException(new WorkspaceException(WorkspaceException.Reason.NOT_WRITABLE, "x", null));
        assertThat(errors.describe(wrapped)).isEqualTo(MESSAGES.get("error.not_writable"));
        assertThat(errors.describe(new IllegalStateException("boom"))).isEqualTo(MESSAGES.get("error.other"));
    }
}
