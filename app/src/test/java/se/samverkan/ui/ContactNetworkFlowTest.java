package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import se.samverkan.domain.Choice;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

/**
 * Issue #3's path through the window in one go: create a person, link them to an organisation, log a contact with a
 * follow-up, see the follow-up on the home screen, and find the person on the network map.
 */
@ExtendWith(ApplicationExtension.class)
class ContactNetworkFlowTest {

    private static final String PASSWORD = "nätverk-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> new StoreFixture(s).organisation("Region Testlän", "REGION", null));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    private static void waitVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void waitGone(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isEmpty());
    }

    private static void set(FxRobot robot, String id, String text) {
        // Set straight on the field: the robot's typing of å, ä, ö is unreliable under headless Monocle.
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewPersonLinkedToAnOrganisationWithALoggedContactIsOnTheHomeScreenAndTheMap(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);

        // 1. a new person who works at the Region
        robot.clickOn("#navPeople");
        robot.clickOn("#peopleNew");
        WaitForAsyncUtils.waitForFxEvents();
        set(robot, "#person_firstName", "Greta");
        set(robot, "#person_lastName", "Fiktiva");
        robot.interact(() -> {
            ComboBox<Choice> organisation = robot.lookup("#person_organisation").queryAs(ComboBox.class);
            organisation.setValue(organisation.getItems().stream().filter(c -> c != null && c.name().equals("Region Testlän"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#personSave");
        waitGone(robot, "#personForm");
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitVisible(robot, "#relationNew");
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Greta Fiktiva");

        // 2. the relationship to the organisation, chosen with the party picker
        robot.clickOn("#relationNew");
        waitVisible(robot, "#relationshipPicker");
        set(robot, "#relationshipPicker", "Region");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#relationshipPickerHits")
                .queryAs(ListView.class).getItems().isEmpty());
        ListView<SearchHit> hits = robot.lookup("#relationshipPickerHits").queryAs(ListView.class);
        assertThat(hits.getItems().get(0).title()).isEqualTo("Region Testlän");
        robot.interact(() -> hits.getSelectionModel().select(0));
        robot.clickOn(robot.lookup("#relationshipPickerHits .list-cell").nth(0).queryAs(Node.class));
        waitVisible(robot, "#relationshipOther");
        assertThat(robot.lookup("#relationshipOther").queryAs(Label.class).getText()).isEqualTo("Region Testlän");
        robot.clickOn("#relationshipSave");
        waitGone(robot, "#relationshipForm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#relationsSection").tryQuery()
                .map(section -> robot.from(section).lookup((Node n) -> n instanceof Labeled l
                        && "Region Testlän".equals(l.getText())).tryQuery().isPresent()).orElse(false));

        // 3. a logged contact with a follow-up
        robot.clickOn("#contactLog");
        waitVisible(robot, "#interaction_topic");
        set(robot, "#interaction_topic", "Kompetensplattformens nästa möte");
        robot.clickOn("#interactionAddFollowUp");
        robot.interact(() -> {
            robot.lookup("#followUp0_description").queryAs(TextField.class).setText("Skicka underlag till regionen");
            robot.lookup("#followUp0_due").queryAs(DatePicker.class).setValue(WindowTestSupport.TODAY.plusDays(3));
        });
        robot.clickOn("#interactionSave");
        waitGone(robot, "#interactionForm");

        // 4. the follow-up waits on the home screen
        robot.clickOn("#navHome");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#followUps .row-main").tryQuery().isPresent());
        assertThat(robot.lookup("#followUps .row-main").queryAs(Label.class).getText())
                .isEqualTo("Skicka underlag till regionen");

        // 5. and the person is on the map, tied to the Region
        robot.clickOn("#navMap");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#mapCounts").queryAs(Label.class).getText().equals("2 noder, 1 relationer"));
        robot.clickOn("#detailClose");
        set(robot, "#mapSearch", "greta");
        robot.clickOn("#mapSearch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup("#mapCanvas").query();
        Bounds bounds = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(robot.point(bounds.getCenterX(), bounds.getCenterY()).query()).clickOn();
        waitVisible(robot, "#detailPane");
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Greta Fiktiva");
    }
}
