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
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumType;
import se.samverkan.domain.MeetingRow;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.Workspace;
import se.samverkan.service.forums.ForumService;
import se.samverkan.store.StoreFixture;

/**
 * Issue #4's forum paths: add a forum, give a person a seat ending in 30 days, see it on the home screen; log a
 * meeting with times and two follow-ups, change it, and see the home screen follow.
 */
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

    @Test
    @SuppressWarnings("unchecked")
    void aForumMeetingWithTwoFollowUpsIsChangedAndTheHomeScreenFollows(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        new ForumService(window.workspace(), java.util.Locale.ROOT, java.time.Clock.systemDefaultZone()).save(new Forum(0,
                "Industrirådet Testlän", "INDUSTRY_COUNCIL", "REGION", null, null, null, null, null, false));
        robot.clickOn("#navForums");
        TableView<?> forums = robot.lookup("#forumsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> forums.getItems().size() == 1);
        robot.interact(() -> forums.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#meetingNew").query().isDisabled());

        // 1. a meeting 13:00-15:00 with Greta and two follow-ups
        robot.clickOn("#meetingNew");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#meeting_start").queryAs(TextField.class).setText("13:00");
            robot.lookup("#meeting_end").queryAs(TextField.class).setText("15:00");
            robot.lookup("#meetingAttendeesPicker").queryAs(TextField.class).setText("Greta");
        });
        ListView<SearchHit> hits = robot.lookup("#meetingAttendeesPickerHits").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        robot.interact(() -> hits.getSelectionModel().select(0));
        robot.clickOn(robot.lookup("#meetingAttendeesPickerHits .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#meetingAttendees .party-chip").tryQuery()
                .isPresent());
        robot.clickOn("#meetingAddFollowUp");
        robot.clickOn("#meetingAddFollowUp");
        robot.interact(() -> {
            robot.lookup("#followUp0_description").queryAs(TextField.class).setText("Skicka ansökan om förstudie");
            robot.lookup("#followUp0_due").queryAs(DatePicker.class).setValue(WindowTestSupport.TODAY.plusDays(5));
            robot.lookup("#followUp1_description").queryAs(TextField.class).setText("Boka möte med kommunen");
            robot.lookup("#followUp1_due").queryAs(DatePicker.class).setValue(WindowTestSupport.TODAY.plusDays(9));
        });
        robot.clickOn("#meetingSave");
        waitGone(robot, "#meetingForm");
        TableView<MeetingRow> meetings = robot.lookup("#forumMeetings").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meetings.getItems().size() == 1);
        MeetingRow logged = meetings.getItems().get(0);
        assertThat(logged.meeting().startTime()).isEqualTo(java.time.LocalTime.of(13, 0));
        assertThat(logged.attendeeNames()).containsExactly("Greta Fiktiva");
        assertThat(logged.followUps()).hasSize(2);

        // 2. change it: the first follow-up is dropped, the end moved
        robot.interact(() -> meetings.getSelectionModel().select(0));
        robot.clickOn("#meetingEdit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#meeting_start").queryAs(TextField.class).getText()).isEqualTo("13:00");
        robot.interact(() -> robot.lookup("#meeting_end").queryAs(TextField.class).setText("16:30"));
        robot.clickOn("#followUp0_remove");
        robot.clickOn("#meetingSave");
        waitGone(robot, "#meetingForm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> meetings.getItems().size() == 1
                && meetings.getItems().get(0).followUps().size() == 1);
        MeetingRow changed = meetings.getItems().get(0);
        assertThat(changed.meeting().endTime()).isEqualTo(java.time.LocalTime.of(16, 30));
        assertThat(changed.followUps()).extracting(FollowUp::description).containsExactly("Boka möte med kommunen");

        // 3. the home screen lists the follow-up that is left, under the forum's name
        robot.clickOn("#navHome");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#followUps .row-main").tryQuery().isPresent());
        assertThat(robot.lookup("#followUps .row-main").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Boka möte med kommunen");
        assertThat(robot.lookup("#followUps .row-secondary").queryAs(Label.class).getText())
                .startsWith("Industrirådet Testlän");
    }
}
