package se.samverkan.ui.funding;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.service.Messages;
import se.samverkan.service.funding.BudgetCheck;
import se.samverkan.service.funding.BudgetWarning;
import se.samverkan.service.funding.FundingService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FieldMessages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.NumberFields;

/**
 * The Budget tab: the stated ESF percentage, the income lines and the cost lines with their sums, and the warnings
 * (unbalanced, ESF share off, lines missing) recomputed as the user types. Node ids start with {@code budget_}.
 */
final class BudgetEditor {

    private final FundingFormModel form;
    private final Messages messages;
    private final VBox root = new VBox(10);

    BudgetEditor(FundingFormModel form, Messages messages) {
        this.form = form;
        this.messages = messages;
        var percent = FormRows.number(form.esfPercent(), 5, "budget_esfPercent");
        var percentError = FieldMessages.under(percent, "budget_esfPercent_error", FundingService.ESF_PERCENT,
                form.fieldErrors(), messages, () -> { });
        var percentLine = new HBox(8, new Label(messages.get("ui.funding.field.esfPercent")), percent, new Label("%"));
        percentLine.setAlignment(Pos.CENTER_LEFT);
        var warnings = new VBox(4);
        warnings.setId("budget_warnings");
        form.warnings().addListener((obs, was, now) -> showWarnings(warnings, now));
        showWarnings(warnings, form.warnings().get());
        var lines = new VBox(4);
        var error = FieldMessages.under(lines, "budget_error", FundingService.BUDGET, form.fieldErrors(), messages,
                () -> { });
        root.getChildren().addAll(new VBox(2, percentLine, percentError), warnings,
                side(BudgetCheck.INCOME, "ui.funding.budget.income", "ui.funding.budget.addIncome", "budgetAddIncome"),
                side(BudgetCheck.COST, "ui.funding.budget.costs", "ui.funding.budget.addCost", "budgetAddCost"),
                error);
    }

    private Node side(String side, String headingKey, String addKey, String addId) {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        List<String> kinds = BudgetCheck.INCOME.equals(side) ? BudgetCheck.INCOME_KINDS : BudgetCheck.COST_KINDS;
        String prefix = "budget_" + side.toLowerCase(java.util.Locale.ROOT) + "_";
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            int r = 0;
            for (var row : form.budget()) {
                if (!side.equals(row.side)) {
                    continue;
                }
                var kind = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(kinds), row.kind, k -> k,
                        k -> messages.get("ui.funding.kind." + k), null);
                kind.setId(prefix + "kind_" + r);
                kind.setPrefWidth(230);
                var label = FormRows.text(row.label, 18);
                label.setId(prefix + "label_" + r);
                label.setPromptText(messages.get("ui.funding.budget.label"));
                GridPane.setHgrow(label, Priority.ALWAYS);
                var amount = FormRows.number(row.amount, 10, prefix + "amount_" + r);
                var remove = FormRows.remove(messages, prefix + "remove_" + r, () -> form.budget().remove(row));
                grid.addRow(r++, kind, label, amount, remove);
            }
        };
        form.budget().addListener((ListChangeListener<FundingFormModel.BudgetRow>) c -> {
            // only a row added or removed changes the grid; typing changes nothing here
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuild.run();
                    return;
                }
            }
        });
        rebuild.run();
        var sum = new Label();
        sum.setId(prefix + "sum");
        sum.getStyleClass().add(Styles.TEXT_BOLD);
        sum.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ui.funding.budget.sum",
                Kronor.format(form.budget().stream().filter(r -> side.equals(r.side))
                        .map(FundingFormModel.BudgetRow::amountValue).reduce(BigDecimal.ZERO, BigDecimal::add))),
                form.budget()));
        var add = new Button(messages.get(addKey), Icons.of(Feather.PLUS));
        add.setId(addId);
        add.setOnAction(e -> form.addBudgetLine(side));
        var foot = new HBox(16, add, sum);
        foot.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, FormRows.heading(messages.get(headingKey)), grid, foot);
    }

    private void showWarnings(VBox box, List<BudgetWarning> warnings) {
        box.getChildren().clear();
        for (BudgetWarning w : warnings) {
            Object[] args = w.amounts().stream().map(a -> (Object) a).toArray();
            // the first figure of the ESF warnings is a percentage, the others amounts
            boolean percentFirst = w.kind() == BudgetWarning.Kind.NO_ESF_LINE || w.kind() == BudgetWarning.Kind.ESF_SHARE_OFF;
            for (int i = 0; i < args.length; i++) {
                args[i] = i == 0 && percentFirst ? Kronor.percent((BigDecimal) args[i]) : Kronor.format((BigDecimal) args[i]);
            }
            var label = new Label(messages.get("ui.funding.warning." + w.kind().name(), args),
                    Icons.of(Feather.ALERT_TRIANGLE));
            label.setId("budget_warning_" + w.kind().name());
            label.setWrapText(true);
            label.getStyleClass().add(Styles.WARNING);
            box.getChildren().add(label);
        }
        if (warnings.isEmpty()) {
            var ok = new Label(messages.get("ui.funding.budget.ok", Kronor.format(form.budget().stream()
                    .filter(r -> BudgetCheck.COST.equals(r.side)).map(FundingFormModel.BudgetRow::amountValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add))), Icons.of(Feather.CHECK_CIRCLE));
            ok.setId("budget_ok");
            ok.getStyleClass().add(Styles.SUCCESS);
            box.getChildren().add(ok);
            var percent = NumberFields.parse(form.esfPercent().get());
            if (percent != null) {
                var esf = new Label(messages.get("ui.funding.budget.esfOk", Kronor.percent(percent)),
                        Icons.of(Feather.CHECK_CIRCLE));
                esf.getStyleClass().add(Styles.SUCCESS);
                box.getChildren().add(esf);
            }
        }
    }

    Node root() {
        return FormRows.page(root);
    }
}
