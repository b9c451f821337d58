package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import se.samverkan.domain.ForumType;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

/** Issue #4's forum path: add a forum, give a person a seat ending in 30 days, see it on the home screen. */
@ExtendWith(ApplicationExtension.class)
class ForumSeatFlowTest {

    private static final String PASSWORD = "forum-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> new StoreFixture(s).person("Greta", "Fiktiva", null, null, null));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    private static void waitGone(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeatEndingIn30DaysInANewForumIsOnTheHomeScreen(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);

        // 1. a new forum
        robot.clickOn("#navForums");
        robot.clickOn("#forumsNew");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#forum_name").queryAs(TextField.class).setText("Kompetensplattform Testlän");
            ComboBox<ForumType> type = robot.lookup("#forum_forumType").queryAs(ComboBox.class);
            type.setValue(type.getItems().stream().filter(t -> t != null && t.code().equals("SKILLS_PLATFORM"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#forumSave");
        waitGone(robot, "#forumForm");
        TableView<?> forums = robot.lookup("#forumsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> forums.getItems().size() == 1);
        robot.interact(() -> forums.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#seatNew").query().isDisabled());

        // 2. a seat for Greta, for the union, ending in 30 days
        robot.clickOn("#seatNew");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#seatPersonSearch").queryAs(TextField.class).setText("Greta"));
        ListView<SearchHit> hits = robot.lookup("#seatPersonSearchHits").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        robot.interact(() -> hits.getSelectionModel().select(0));
        robot.clickOn(robot.lookup("#seatPersonSearchHits .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#seatPersonChosen").queryAs(Label.class)
                .getText().equals("Greta Fiktiva"));
        robot.interact(() -> {
            ComboBox<String> represents = robot.lookup("#seat_represents").queryAs(ComboBox.class);
            represents.setValue("UNION");
            robot.lookup("#seat_termTo").queryAs(DatePicker.class).setValue(WindowTestSupport.TODAY.plusDays(30));
        });
        robot.clickOn("#seatSave");
        waitGone(robot, "#seatForm");
        TableView<?> seats = robot.lookup("#forumSeats").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seats.getItems().size() == 1);

        // 3. the ending term waits on the home screen
        robot.clickOn("#navHome");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endingSeats .row-main").tryQuery().isPresent());
        assertThat(robot.lookup("#endingSeats .row-main").queryAs(Label.class).getText()).isEqualTo("Greta Fiktiva");
        assertThat(robot.lookup("#endingSeats .row-secondary").queryAs(Label.class).getText())
                .startsWith("Kompetensplattform Testlän");
    }
}
