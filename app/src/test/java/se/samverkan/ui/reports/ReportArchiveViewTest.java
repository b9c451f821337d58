package se.samverkan.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.Branch;
import se.samverkan.domain.FigureSnapshot;
import se.samverkan.domain.Period;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.reports.ReportArchive;
import se.samverkan.ui.WindowTestSupport;
import se.samverkan.ui.common.BackgroundTasks;
import se.samverkan.ui.common.ErrorMessages;
import se.samverkan.ui.common.SaveDialogs;

/** Rapportarkiv: the reports made, newest first; a copy saved where the user says and handed to the viewer; removal. */
@ExtendWith(ApplicationExtension.class)
class ReportArchiveViewTest {

    private static final byte[] BOARD_PDF = "%PDF-1.7\nAvdelning Norr 2026H2\n%%EOF".getBytes(StandardCharsets.UTF_8);
    private Workspace workspace;
    private final List<Path> viewed = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        workspace = Workspace.create(WindowTestSupport.newDataDir(), "arkiv-1".toCharArray());
        long north = workspace.inTransaction(s -> s.branches()
                .create(new Branch(0, 11, "Avdelning Norr", "SE21", List.of("06"), null, null)).id());
        Messages messages = Messages.of(Messages.SWEDISH);
        var clock = Clock.fixed(LocalDate.of(2026, 11, 2).atTime(10, 15).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new ReportArchive(workspace, clock).record(ArchivedReport.Kind.COST_ALLOCATION, null, Period.year(2026),
                "Kostnadsfördelning 2026", "kostnadsfordelning-2026.xlsx", new byte[] {'P', 'K', 3, 4},
                FigureSnapshot.EMPTY);
        var later = Clock.offset(clock, java.time.Duration.ofHours(2));
        new ReportArchive(workspace, later).record(ArchivedReport.Kind.BOARD, north, Period.parse("2026H2"),
                "Avdelningsrapport 2026H2", "avdelning-norr-2026H2.pdf", BOARD_PDF, FigureSnapshot.EMPTY);
        new ReportArchive(workspace, Clock.offset(later, java.time.Duration.ofHours(1))).logPersonExtract();
        var model = new ReportArchiveViewModel(new ReportArchive(workspace, clock), new BackgroundTasks(Runnable::run,
                e -> { }), new ErrorMessages(messages), r -> ReportArchiveView.describe(r, messages), viewed::add);
        var view = new ReportArchiveView(model, messages);
        var scene = new Scene(view.root(), 1100, 600);
        scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    @AfterEach
    void close() {
        SaveDialogs.replaceChooser(null);
        workspace.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theArchiveListsTheReportsAndSavesACopyOfTheOneChosen(FxRobot robot) throws Exception {
        TableView<ArchivedReport> table = robot.lookup("#archiveTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(ArchivedReport::kind)
                .containsExactly(ArchivedReport.Kind.PERSON, ArchivedReport.Kind.BOARD, ArchivedReport.Kind.COST_ALLOCATION);
        assertThat(cell(table, 0, 5)).isEqualTo("Registerutdrag gjort (innehållet sparas inte)");
        assertThat(List.of(cell(table, 1, 0), cell(table, 1, 1), cell(table, 1, 2), cell(table, 1, 3),
                cell(table, 1, 4), cell(table, 1, 5))).containsExactly("2026-11-02 12:15", "Avdelningsrapport",
                "Avdelning Norr", "2026H2", "avdelning-norr-2026H2.pdf", "Avdelningsrapport 2026H2");
        assertThat(cell(table, 2, 2)).isEqualTo("Hela området");

        // a person extract is only logged: there is nothing to save
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#archiveSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#archiveDelete").queryAs(Button.class).isDisabled()).isFalse();

        // the board's report is saved byte for byte where the user says, then handed to the system's viewer
        Path out = Files.createTempDirectory("arkiv");
        SaveDialogs.replaceChooser((owner, title, name, types) -> out.resolve(name));
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#archiveSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#archiveSaved").tryQuery().isPresent());
        Path copy = out.resolve("avdelning-norr-2026H2.pdf");
        assertThat(Files.readAllBytes(copy)).isEqualTo(BOARD_PDF);
        assertThat(viewed).containsExactly(copy);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchNarrowsTheListAndTaBortRemovesTheChosenReport(FxRobot robot) throws Exception {
        TableView<ArchivedReport> table = robot.lookup("#archiveTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        robot.interact(() -> robot.lookup("#archiveSearch").queryAs(TextField.class).setText("kostnad 2026"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).kind()).isEqualTo(ArchivedReport.Kind.COST_ALLOCATION);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#archiveDelete");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Ta bort")).queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#archiveSearch").queryAs(TextField.class).setText(""));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(ArchivedReport::kind)
                .containsExactly(ArchivedReport.Kind.PERSON, ArchivedReport.Kind.BOARD);
    }

    private static String cell(TableView<ArchivedReport> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }
}
