package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.Seat;
import se.samverkan.service.Workspace;
import se.samverkan.service.forums.ForumService;
import se.samverkan.store.StoreFixture;

/** "Täckning" marks a forum type without an IF Metall seat as a gap, and a click on it lists that forum. */
@ExtendWith(ApplicationExtension.class)
class ForumCoverageViewTest {

    private static final String PASSWORD = "täckning-lösen-1";
    private static final String KALMAR = "08";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            long person = ws.inTransaction(s -> new StoreFixture(s).person("Greta", "Fiktiva", null, null, null));
            var clock = Clock.fixed(WindowTestSupport.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                    ZoneId.systemDefault());
            var forums = new ForumService(ws, Locale.ROOT, clock);
            long council = forums.save(new Forum(0, "Industrirådet Kalmar", "INDUSTRY_COUNCIL", "REGION", null, KALMAR,
                    null, null, null, false)).id();
            long platform = forums.save(new Forum(0, "Kompetensplattform Kalmar", "SKILLS_PLATFORM", "REGION", null,
                    KALMAR, null, null, null, false)).id();
            forums.save(new Seat(0, council, person, "UNION", null, "ORDINARY", WindowTestSupport.TODAY, null));
            forums.save(new Seat(0, platform, person, "LO", null, "DEPUTY", WindowTestSupport.TODAY, null));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aForumTypeWithOnlyAnLoSeatIsAGapAndItsCellListsTheForum(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navForums");
        robot.interact(() -> robot.lookup("#forumsTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#coverage_08_SKILLS_PLATFORM").tryQuery()
                .isPresent());

        Label gap = robot.lookup("#coverage_08_SKILLS_PLATFORM").queryAs(Label.class);
        Label covered = robot.lookup("#coverage_08_INDUSTRY_COUNCIL").queryAs(Label.class);
        assertThat(gap.getStyleClass()).contains("coverage-gap");
        assertThat(gap.getText()).isEqualTo("0");
        assertThat(covered.getStyleClass()).contains("coverage-some");
        assertThat(covered.getText()).isEqualTo("1");
        assertThat(robot.lookup("#coverage_08_RUS_PROCESS").queryAs(Label.class).getStyleClass())
                .contains("coverage-none");

        robot.clickOn("#coverageByBranch");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#coverage_08_SKILLS_PLATFORM").tryQuery()
                .isEmpty());
        robot.clickOn("#coverageByCounty");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#coverage_08_SKILLS_PLATFORM").tryQuery()
                .isPresent());
        gap = robot.lookup("#coverage_08_SKILLS_PLATFORM").queryAs(Label.class);
        robot.clickOn(gap);
        TableView<ForumRow> list = robot.lookup("#forumsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).name()).isEqualTo("Kompetensplattform Kalmar");

        robot.interact(() -> robot.lookup("#forumsTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TableView<ForumRow> noSeat = robot.lookup("#watchNoUnionSeat").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noSeat.getItems().size() == 1);
        assertThat(noSeat.getItems().get(0).name()).isEqualTo("Kompetensplattform Kalmar");
    }
}
