package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Relationship;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

@ExtendWith(ApplicationExtension.class)
class NetworkMapTest {

    private static final String PASSWORD = "kartan-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> {
                var f = new StoreFixture(s);
                long region = f.organisation("Region Testlän", "REGION", null);
                long hugo = f.person("Hugo", "Påhittad", "hugo@example.test", region, null);
                long greta = f.person("Greta", "Fiktiva", "greta@example.test", null, null);
                var since = LocalDate.of(2024, 1, 1);
                s.relationships().create(new Relationship(0, hugo, null, null, region, "WORKS_AT", 4, since, null, null), null);
                s.relationships().create(new Relationship(0, hugo, null, greta, null, "KNOWS", 3, since, null, null), null);
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
    void aPersonFoundWithTheMapSearchOpensInTheDetailPaneWhenClicked(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navMap");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#mapCounts").queryAs(Label.class).getText().equals("3 noder, 2 relationer"));

        robot.interact(() -> robot.lookup("#mapSearch").queryAs(TextField.class).setText("hugo"));
        robot.clickOn("#mapSearch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // the search centres the map on the person: a click in the middle of the map lands on them
        Bounds canvas = robot.lookup("#mapCanvas").query().localToScreen(robot.lookup("#mapCanvas").query().getBoundsInLocal());
        robot.moveTo(robot.point(canvas.getCenterX(), canvas.getCenterY()).query()).clickOn();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailPane").query().isVisible());
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Hugo Påhittad");
    }
}
