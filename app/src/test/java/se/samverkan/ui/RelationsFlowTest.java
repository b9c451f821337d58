package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

@ExtendWith(ApplicationExtension.class)
class RelationsFlowTest {

    private static final String PASSWORD = "relationer-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> new StoreFixture(s).person("Hugo", "Påhittad", "hugo@example.test", null, null));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    private static void waitUntil(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void aContactWithAFollowUpLoggedFromThePaneShowsOnTheHomeScreenUntilItIsDone(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navPeople");
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(robot, "#contactLog");
        assertThat(robot.lookup("#contactsSection").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#contactLog");
        waitUntil(robot, "#interaction_topic");
        robot.interact(() -> robot.lookup("#interaction_topic").queryAs(TextField.class).setText("Kompetensplattform"));
        robot.clickOn("#interactionAddFollowUp");
        robot.interact(() -> {
            robot.lookup("#followUp0_description").queryAs(TextField.class).setText("Skicka underlag till regionen");
            robot.lookup("#followUp0_due").queryAs(DatePicker.class).setValue(WindowTestSupport.TODAY.plusDays(3));
        });
        robot.clickOn("#interactionSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#interactionForm").tryQuery().isEmpty());

        Node section = robot.lookup("#contactsSection").query();
        assertThat(robot.from(section).lookup(".row-main").queryAs(Label.class).getText()).isEqualTo("Kompetensplattform");
        assertThat(robot.from(section).lookup(".follow-up").queryAs(Label.class).getText())
                .startsWith("Skicka underlag till regionen");

        robot.clickOn("#navHome");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#followUps .row-main").tryQuery().isPresent());
        assertThat(robot.lookup("#followUps .row-main").queryAs(Label.class).getText())
                .isEqualTo("Skicka underlag till regionen");

        // The panel lies below the fold of the test window: press the row's check button directly.
        Button done = robot.lookup(n -> n.getId() != null && n.getId().startsWith("homeFollowUpDone")).queryAs(Button.class);
        robot.interact(done::fire);
        waitUntil(robot, "#followUpsEmpty");
        assertThat(robot.lookup("#followUps .row-main").tryQuery()).isEmpty();
    }
}
