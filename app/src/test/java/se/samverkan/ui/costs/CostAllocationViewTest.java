package se.samverkan.ui.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
import se.samverkan.domain.Branch;
import se.samverkan.domain.BranchCostShare;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.costs.CostAllocationService;
import se.samverkan.ui.WindowTestSupport;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;

/** Kostnadsfördelning: type the year's cost, see it split 50/50 and by members, change a member figure in the table. */
@ExtendWith(ApplicationExtension.class)
class CostAllocationViewTest {

    private Workspace workspace;
    private long north;

    @Start
    void start(Stage stage) {
        Path dir = WindowTestSupport.newDataDir();
        workspace = Workspace.create(dir, "kostnad-1".toCharArray());
        int year = java.time.Year.now().getValue();
        workspace.inTransaction(s -> {
            north = s.branches().create(new Branch(0, 11, "Avdelning Norr", "SE21", List.of("06"), null, null)).id();
            long south = s.branches().create(new Branch(0, 12, "Avdelning Söder", "SE21", List.of("07"), null, null)).id();
            s.projectCosts().setMembers(north, year, 3_000);
            s.projectCosts().setMembers(south, year, 1_000);
            return null;
        });
        Messages messages = Messages.of(Messages.SWEDISH);
        Clock clock = Clock.fixed(LocalDate.of(year, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var model = new CostAllocationViewModel(new CostAllocationService(workspace, clock),
                new se.samverkan.service.reports.CostAllocationReport(workspace, messages, clock),
                new BackgroundTasks(Runnable::run, e -> { }), new ErrorMessages(messages));
        var view = new CostAllocationView(model, messages);
        var scene = new Scene(view.root(), 1000, 640);
        scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        se.samverkan.ui.common.SaveDialogs.replaceChooser(null);
        workspace.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTypedCostIsSplitHalfToTheUnionAndTheRestByMembers(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#costsTotal").queryAs(TextField.class).setText("1 000 001"));
        robot.clickOn("#costsSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#costsUnion").queryAs(Label.class).getText()
                .startsWith("500"));
        // Swedish groups thousands with a no-break space
        assertThat(robot.lookup("#costsUnion").queryAs(Label.class).getText().replace('\u00A0', ' '))
                .isEqualTo("500 001 kr");
        TableView<BranchCostShare> table = robot.lookup("#costsTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(s -> s.amount().longValue()).containsExactly(375_000L, 125_000L);

        // the member figure is edited in the table: now 1 000 and 1 000, half each
        robot.interact(() -> {
            table.edit(0, table.getColumns().get(2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var editor = robot.lookup("#costsTable .text-field").queryAs(TextField.class);
            editor.setText("1 000");
            editor.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().get(0).activeMembers() == 1_000);
        assertThat(table.getItems()).extracting(s -> s.amount().longValue()).containsExactly(250_000L, 250_000L);

        // and the report of the year is written where the user says
        Path out = java.nio.file.Files.createTempDirectory("kostnad");
        se.samverkan.ui.common.SaveDialogs.replaceChooser((owner, title, name, types) -> out.resolve(name));
        robot.clickOn("#costsReport");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#costsReportDone").tryQuery().isPresent());
        Path pdf = out.resolve("kostnadsfordelning-" + java.time.Year.now().getValue() + ".pdf");
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    }
}
