package se.samverkan.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import se.samverkan.service.Messages;
import se.samverkan.service.StartupOptions;
import se.samverkan.service.Workspace;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.SettingsFile;
import se.samverkan.ui.common.WindowSettings;

/**
 * Builds the real window for TestFX tests: Swedish, a fixed date, and a same-thread executor so that every background
 * task has finished when the FX event that started it has been handled.
 */
public final class WindowTestSupport {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private WindowTestSupport() {
    }

    public static Path newDataDir() {
        try {
            return Files.createTempDirectory("samverkan-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Monocle's headless screen is 1280x800 and rendering a larger window overflows its buffer, so the tests start
     * the window smaller, through the settings file as a user's last session would.
     */
    public static AppWindow show(Stage stage, Path dataDir, BiConsumer<Workspace, BackgroundTasks.Progress> demo) {
        new SettingsFile(dataDir).save(new WindowSettings(0, 0, 1180, 760, false, false));
        var clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        var window = new AppWindow(new StartupOptions(dataDir, Messages.SWEDISH), Runnable::run, clock, demo);
        window.show(stage);
        return window;
    }

    /** Types the password into the unlock view and waits until the window has handled it. */
    public static void unlock(org.testfx.api.FxRobot robot, String password) {
        robot.clickOn("#unlockPassword").write(password).type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window's workspace on the FX thread, as quitting the app would. */
    public static void close(AppWindow window) {
        org.testfx.util.WaitForAsyncUtils.asyncFx(window::close);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    public static Messages swedish() {
        return Messages.of(Messages.SWEDISH);
    }
}
