package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Workspace;

@ExtendWith(ApplicationExtension.class)
class UnlockFlowTest {

    private static final String PASSWORD = "rätt-lösenord-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        Workspace.create(dataDir, PASSWORD.toCharArray()).close();
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    @Test
    void wrongPasswordShowsTheMessageInlineAndStaysOnTheUnlockView(FxRobot robot) {
        robot.clickOn("#unlockPassword").write("fel-lösenord");
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#unlockError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(WindowTestSupport.swedish().get("error.wrong_password"));
        assertThat(robot.lookup("#unlockPassword").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(window.workspace()).isNull();
    }

    @Test
    void rightPasswordOpensHome(FxRobot robot) {
        WindowTestSupport.unlock(robot, PASSWORD);

        assertThat(robot.lookup("#homeView").tryQuery()).isPresent();
        assertThat(window.workspace()).isNotNull();
    }
}
