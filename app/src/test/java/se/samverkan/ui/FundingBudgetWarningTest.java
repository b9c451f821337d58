package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import se.samverkan.domain.FundingFilter;
import se.samverkan.domain.FundingProjectRow;
import se.samverkan.service.Workspace;
import se.samverkan.service.funding.BudgetCheck;
import se.samverkan.service.funding.BudgetWarning;
import se.samverkan.service.funding.FundingService;

/**
 * Issue #6's budget path: add a project whose income falls one krona short of its costs, see the warning in the
 * window (the ESF share, 54 % of 21 783 914 kr, matches within rounding, so no warning for it), save anyway — a project
 * in planning need not balance — and find it in the list and on the timeline.
 */
@ExtendWith(ApplicationExtension.class)
class FundingBudgetWarningTest {

    private static final String PASSWORD = "strukturfond-lösen-1";
    private AppWindow window;

    @Start
    void start(Stage stage) {
        Path dataDir = WindowTestSupport.newDataDir();
        try (Workspace ws = Workspace.create(dataDir, PASSWORD.toCharArray())) {
            ws.inTransaction(s -> s.branches().create(new Branch(0, 978, "Testavdelningen Sydost", "SE22",
                    List.of("12", "10"), null, null)));
        }
        window = WindowTestSupport.show(stage, dataDir, new DemoFill(WindowTestSupport.swedish())::run);
    }

    @AfterEach
    void close() {
        WindowTestSupport.close(window);
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String text(FxRobot robot, String id) {
        // Swedish groups thousands with a no-break space and writes minus as U+2212
        return robot.lookup(id).queryAs(Label.class).getText().replace('\u00A0', ' ').replace('\u2212', '-');
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBudgetOneKronaShortIsWarnedAboutAndStillSaved(FxRobot robot) throws Exception {
        WindowTestSupport.unlock(robot, PASSWORD);
        robot.clickOn("#navFunding");
        TableView<FundingProjectRow> table = robot.lookup("#fundingTable").queryAs(TableView.class);
        // The choices (branches, counties, organisations) load in the background before the form can offer them.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#fundingFilterBranch").tryQuery()
                .map(n -> ((ComboBox<?>) n).getItems().size() > 1).orElse(false));
        robot.clickOn("#fundingNew");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#fundingFormTabs").tryQuery().isPresent());

        set(robot, "#funding_name", "Kompetenslyft Sydost");
        set(robot, "#funding_callName", "Kompetensförsörjning i omställningens tid");
        robot.interact(() -> {
            robot.lookup("#funding_applicationFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 2, 1));
            robot.lookup("#funding_applicationTo").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 4, 15));
            robot.lookup("#funding_periodFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 1, 1));
            robot.lookup("#funding_periodTo").queryAs(DatePicker.class).setValue(LocalDate.of(2029, 12, 31));
            robot.lookup("#fundingFormTabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });

        // No lines yet: the window says so
        assertThat(robot.lookup("#budget_warning_NO_INCOME").tryQuery()).isPresent();
        set(robot, "#budget_esfPercent", "54");
        robot.clickOn("#budgetAddIncome");
        robot.clickOn("#budgetAddIncome");
        robot.clickOn("#budgetAddCost");
        robot.interact(() -> ((ComboBox<String>) robot.lookup("#budget_income_kind_1").queryAs(ComboBox.class))
                .setValue("CO_FINANCING"));
        set(robot, "#budget_income_label_0", "ESF-stöd");
        set(robot, "#budget_income_amount_0", "11 763 314");
        set(robot, "#budget_income_label_1", "Region Testlän");
        set(robot, "#budget_income_amount_1", "10 020 599");
        set(robot, "#budget_cost_label_0", "Projektpersonal");
        set(robot, "#budget_cost_amount_0", "21 783 914");

        assertThat(text(robot, "#budget_warning_UNBALANCED")).contains("går inte ihop")
                .contains("intäkter 21 783 913 kr").contains("kostnader 21 783 914 kr").contains("skillnad -1 kr");
        assertThat(robot.lookup("#budget_warning_ESF_SHARE_OFF").tryQuery()).isEmpty();
        assertThat(text(robot, "#budget_income_sum")).isEqualTo("Summa: 21 783 913 kr");

        robot.clickOn("#fundingSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#fundingFormTabs").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        FundingProjectRow row = table.getItems().get(0);
        assertThat(row.name()).isEqualTo("Kompetenslyft Sydost");
        assertThat(row.income()).isEqualByComparingTo("21783913");
        assertThat(row.costs()).isEqualByComparingTo("21783914");
        var saved = new FundingService(window.workspace()).find(new FundingService(window.workspace())
                .list(FundingFilter.all()).get(0).id()).orElseThrow();
        assertThat(BudgetCheck.check(saved.budgetLines(), saved.esfPercent())).extracting(BudgetWarning::kind)
                .containsExactly(BudgetWarning.Kind.UNBALANCED);

        // The timeline: its application window is open today (10 March 2026), its period drawn after it
        robot.interact(() -> robot.lookup("#fundingTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#fundingPeriod_0").tryQuery().isPresent());
        assertThat(robot.lookup("#fundingApplication_0").tryQuery()).isPresent();
        assertThat(robot.lookup("#fundingToday").tryQuery()).isPresent();
        assertThat(robot.lookup("#fundingOpenCalls").queryAs(Label.class).getText()).contains("Kompetenslyft Sydost");
    }
}
