package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Workspace;
import se.samverkan.store.CalendarFixture;
import se.samverkan.store.StoreFixture;

/**
 * A double booking today is on the home screen; Ctrl+8 opens the calendar on today's month, where the double-booked
 * workshop is marked and opens in the detail pane.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarFlowTest {

    private static final String PASSWORD = "kalender-lösen-2";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> {
                long forum = new StoreFixture(s).forum("Fiktiva industrirådet", "INDUSTRY_COUNCIL");
                var f = new CalendarFixture(s);
                f.workshop("Fiktiv målworkshop", "PLANNED", WindowTestSupport.TODAY, LocalTime.of(9, 0),
                        LocalTime.of(12, 0), null, "0680", null);
                f.meeting(forum, WindowTestSupport.TODAY, LocalTime.of(11, 0), null);
                return null;
            });
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    @Test
    void theHomeScreenWarnsOfTheDoubleBookingAndCtrl8ShowsItInTheMonthWhereAClickOpensTheWorkshop(FxRobot robot)
            throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#homeClashes .home-clash").tryQuery().isPresent());
        assertThat(robot.lookup("#homeClashes .home-clash").queryAs(Label.class).getText())
                .startsWith("Dubbelbokad 10 mars 2026: Fiktiv målworkshop 09:00–12:00 krockar med Möte: Fiktiva "
                        + "industrirådet 11:00");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#calendarTitle").queryAs(Label.class).getText()).isEqualTo("Mars 2026");
        Node today = robot.lookup("#day-" + WindowTestSupport.TODAY).query();
        assertThat(robot.from(today).lookup(".chip-clash").queryAll()).hasSize(2);
        Button workshop = robot.from(today).lookup(".chip-workshop").queryAs(Button.class);
        robot.clickOn(workshop);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Fiktiv målworkshop");
    }
}
