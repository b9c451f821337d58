package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Workspace;

@ExtendWith(ApplicationExtension.class)
class FirstStartFlowTest {

    private Path dataDir;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        dataDir = WindowTestSupport.newDataDir();
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    /** The count tiles live in a scroll pane, which adds its content on the first layout pass after the switch. */
    private static void awaitHome(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#count-people").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the home screen did not appear", e);
        }
    }

    @Test
    void startButtonsStayDisabledUntilBothPasswordsMatchAndAreLongEnough(FxRobot robot) {
        robot.clickOn("#password").write("kort");
        assertThat(robot.lookup("#startEmpty").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#passwordValidation").queryAs(Label.class).getText()).contains("minst 8");

        robot.clickOn("#password").write("-och-längre");
        robot.clickOn("#passwordRepeat").write("kort-och-längre");
        assertThat(robot.lookup("#startEmpty").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#startDemo").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void choosingAPasswordAndStartingEmptyShowsHomeWithZeroCounts(FxRobot robot) {
        robot.clickOn("#password").write("ett-bra-lösenord");
        robot.clickOn("#passwordRepeat").write("ett-bra-lösenord");
        robot.clickOn("#startEmpty");
        awaitHome(robot);

        assertThat(Workspace.exists(dataDir)).isTrue();
        assertThat(robot.lookup("#homeView").tryQuery()).isPresent();
        for (String kind : new String[] {"branches", "people", "organisations", "forums", "workshops", "funding_projects"}) {
            assertThat(robot.lookup("#count-" + kind).queryAs(Label.class).getText()).as(kind).isEqualTo("0");
        }
        assertThat(robot.lookup("#followUpsEmpty").queryAs(Label.class).getText())
                .isEqualTo("Inga uppföljningar förfaller de närmaste 14 dagarna.");
        assertThat(robot.lookup("#followUpsEmpty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(window.workspace().counts().of(RecordKind.PEOPLE)).isZero();
    }

    @Test
    void choosingDemoDataShowsHomeWithTheDemosCounts(FxRobot robot) {
        robot.clickOn("#password").write("ett-bra-lösenord");
        robot.clickOn("#passwordRepeat").write("ett-bra-lösenord");
        robot.clickOn("#startDemo");
        awaitHome(robot);

        assertThat(robot.lookup("#homeView").tryQuery()).isPresent();
        var counts = window.workspace().counts();
        assertThat(counts.of(RecordKind.PEOPLE)).isPositive();
        for (RecordKind kind : RecordKind.values()) {
            if (kind == RecordKind.AUDIT_ENTRIES) {
                continue;
            }
            String shown = robot.lookup("#count-" + kind.cliName()).queryAs(Label.class).getText();
            assertThat(Long.parseLong(shown.replaceAll("[^0-9]", ""))).as(kind.cliName()).isEqualTo(counts.of(kind));
        }
    }
}
