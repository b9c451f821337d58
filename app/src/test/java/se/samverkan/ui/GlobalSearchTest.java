package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import se.samverkan.store.StoreFixture;

@ExtendWith(ApplicationExtension.class)
class GlobalSearchTest {

    private static final String PASSWORD = "sök-lösenord-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> {
                StoreFixture f = new StoreFixture(s);
                long org = f.organisation("Region Testlän", "REGION", "0680");
                long p = f.person("Greta", "Fiktiva", "greta@example.test", org, true);
                f.politicalOffice(p, "Kommunfullmäktige Testby", "Exempelpartiet");
                f.forum("Fiktiva industrirådet", "INDUSTRY_COUNCIL");
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
    void searchFindsAPersonAndOpensItsDetailWithSensitiveFieldsMarked(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#globalSearch").query().isFocused()).as("Ctrl+F focuses the search").isTrue();
        robot.write("fiktiva");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#searchResults")
                .tryQueryAs(javafx.scene.control.ListView.class).map(l -> l.getItems().size() == 4).orElse(false));

        javafx.scene.control.ListView<?> results = robot.lookup("#searchResults").queryAs(javafx.scene.control.ListView.class);
        assertThat(results.getItems().get(0).toString()).contains("header=PERSON");
        assertThat(results.getItems().get(2).toString()).contains("header=FORUM");
        // Headless Monocle does not route the robot's keys into the popup reliably, so Enter reaches the list directly.
        robot.interact(() -> {
            results.getSelectionModel().select(1);
            results.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node pane = robot.lookup("#detailPane").query();
        assertThat(pane.isVisible()).isTrue();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Greta Fiktiva");
        assertThat(robot.lookup(".sensitive-tag").queryAll()).hasSize(2)
                .allSatisfy(n -> assertThat(((Label) n).getText()).isEqualTo("Känslig uppgift"));

        robot.clickOn("#detailClose");
        assertThat(pane.isVisible()).isFalse();
    }
}
