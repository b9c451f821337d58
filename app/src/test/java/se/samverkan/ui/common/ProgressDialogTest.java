package se.samverkan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Messages;

@ExtendWith(ApplicationExtension.class)
class ProgressDialogTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(executor, e -> { });
    private final Messages messages = Messages.of(Messages.SWEDISH);
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void longWorkShowsItsProgressAndAvbrytCancelsIt(FxRobot robot) throws Exception {
        var release = new CountDownLatch(1);
        var ended = new AtomicReference<Worker.State>();
        robot.interact(() -> {
            Task<String> task = tasks.<String>runWithProgress(progress -> {
                progress.update(0.25, "25 av 100 kort");
                while (!progress.cancelled()) {
                    release.await(20, TimeUnit.MILLISECONDS);
                }
                return "klart";
            }).onCancelled(() -> ended.set(Worker.State.CANCELLED)).start();
            ProgressDialog.watch(task, owner, messages, "ui.vcard.import.running");
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#progressDialogBar").tryQuery().isPresent());
        assertThat(robot.lookup("#progressDialogBar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.25);
        assertThat(robot.lookup("#progressDialogMessage").queryAs(Label.class).getText()).isEqualTo("25 av 100 kort");

        // The dialog's window is found a moment before it counts as shown; a click needs it shown.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#progressDialogCancel")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#progressDialogCancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ended.get() == Worker.State.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progressDialogBar").tryQuery()).isEmpty();
    }

    @Test
    void quickWorkNeverShowsTheDialog(FxRobot robot) throws Exception {
        var ended = new AtomicReference<Worker.State>();
        robot.interact(() -> {
            Task<String> task = tasks.<String>runWithProgress(progress -> "klart")
                    .onSuccess(value -> ended.set(Worker.State.SUCCEEDED)).start();
            ProgressDialog.watch(task, owner, messages, "ui.vcard.import.running");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ended.get() == Worker.State.SUCCEEDED);
        Thread.sleep((long) ProgressDialog.SHOW_AFTER.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progressDialogBar").tryQuery()).isEmpty();
    }
}
