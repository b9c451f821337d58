package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Messages;
import se.samverkan.service.StartupOptions;
import se.samverkan.service.Workspace;
import se.samverkan.ui.common.SettingsFile;

@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private static final String PASSWORD = "språk-lösenord-1";
    private AppWindow window;
    private Path dataDir;

    @Start
    void start(Stage stage) {
        dataDir = WindowTestSupport.newDataDir();
        Workspace.create(dataDir, PASSWORD.toCharArray()).close();
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    @Test
    void choosingEnglishRebuildsTheWindowInEnglishAndRemembersIt(FxRobot robot) {
        WindowTestSupport.unlock(robot, PASSWORD);
        assertThat(robot.lookup("#navHome").queryAs(Labeled.class).getText()).isEqualTo("Hem");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#languageMenu").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> "languageEn".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();

        Messages english = Messages.of(Locale.ENGLISH);
        assertThat(robot.lookup("#navHome").queryAs(Labeled.class).getText()).isEqualTo(english.get("ui.nav.home"));
        assertThat(robot.lookup("#languageMenu").queryAs(MenuButton.class).getText()).isEqualTo("EN");
        assertThat(window.messages().locale().getLanguage()).isEqualTo("en");
        assertThat(new SettingsFile(dataDir).load().language()).isEqualTo("en");
        // the next start without --lang follows the saved choice; --lang still wins
        assertThat(AppWindow.languageOf(new StartupOptions(dataDir, Messages.SWEDISH, false), new SettingsFile(dataDir).load()))
                .isEqualTo(Locale.ENGLISH);
        assertThat(AppWindow.languageOf(new StartupOptions(dataDir, Messages.SWEDISH, true), new SettingsFile(dataDir).load()))
                .isEqualTo(Messages.SWEDISH);
    }
}
