package se.samverkan.ui.costs;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.BranchCostShare;
import se.samverkan.domain.CostAllocation;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Alerts;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.SaveDialogs;
import se.samverkan.ui.common.NumberFields;

/**
 * Kostnadsfördelning: choose a year, enter the project's cost, and see it split 50/50 and the branches' half by their
 * active members on 1 January, in whole kronor that add up; the member figures are edited in the table (double click).
 */
public final class CostAllocationView {

    private final VBox root = new VBox(10);
    private final CostAllocationViewModel model;
    private final Messages messages;
    private final NumberFormat kronor;
    private final TableView<BranchCostShare> table = new TableView<>();
    private final Label union = new Label();
    private final Label branches = new Label();
    private final Label missing = new Label();
    private final TextField cost = new TextField();

    public CostAllocationView(CostAllocationViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.kronor = NumberFormat.getIntegerInstance(messages.locale());
        root.setId("costsView");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(16, 24, 12, 24));

        var heading = new Label(messages.get("ui.costs.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);
        var help = new Label(messages.get("ui.costs.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        var year = new ComboBox<>(model.years());
        year.setId("costsYear");
        year.valueProperty().bindBidirectional(model.year());
        cost.setId("costsTotal");
        cost.setPrefColumnCount(12);
        cost.setPromptText("2 400 000");
        var save = new Button(messages.get("ui.costs.save"), Icons.of(Feather.CHECK));
        save.setId("costsSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (NumberFields.readable(cost.getText())) {
                model.saveCost(NumberFields.parse(cost.getText()));
            }
        });
        cost.textProperty().addListener((obs, was, now) -> cost.pseudoClassStateChanged(Styles.STATE_DANGER,
                !NumberFields.readable(now)));
        var report = new Button(messages.get("ui.costs.report"), Icons.of(Feather.FILE_TEXT));
        report.setId("costsReport");
        report.setOnAction(e -> {
            var file = SaveDialogs.report(root.getScene().getWindow(), messages.get("ui.costs.report"),
                    messages.get("ui.costs.report.fileName", Integer.toString(model.year().get())),
                    messages.get("ui.report.pdf"), messages.get("ui.report.excel"));
            if (file != null) {
                writeReport(file);
            }
        });
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(10, new Label(messages.get("ui.costs.year")), year, new Label(messages.get("ui.costs.total")),
                cost, new Label("kr"), save, spacer, report);
        bar.setAlignment(Pos.CENTER_LEFT);

        union.setId("costsUnion");
        branches.setId("costsBranches");
        var sums = new GridPane();
        sums.setHgap(16);
        sums.setVgap(4);
        sums.addRow(0, new Label(messages.get("ui.costs.union")), union);
        sums.addRow(1, new Label(messages.get("ui.costs.branches")), branches);
        for (Label l : new Label[] {union, branches}) {
            l.getStyleClass().add(Styles.TEXT_BOLD);
        }
        missing.setId("costsMissing");
        missing.setWrapText(true);
        missing.getStyleClass().add(Styles.WARNING);
        missing.managedProperty().bind(missing.visibleProperty());
        var error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        table.setId("costsTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.costs.col.number", s -> Integer.toString(s.number())));
        var name = column("ui.costs.col.branch", BranchCostShare::name);
        name.setPrefWidth(280);
        table.getColumns().add(name);
        TableColumn<BranchCostShare, String> members = column("ui.costs.col.members",
                s -> s.activeMembers() == null ? "" : kronor.format(s.activeMembers()));
        members.setEditable(true);
        members.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
        members.setOnEditCommit(e -> {
            var parsed = NumberFields.parse(e.getNewValue());
            if (e.getNewValue().isBlank() || parsed != null && parsed.stripTrailingZeros().scale() <= 0) {
                model.saveMembers(e.getRowValue().branchId(), parsed == null ? null : parsed.intValueExact());
            } else {
                table.refresh();
            }
        });
        table.getColumns().add(members);
        table.getColumns().add(column("ui.costs.col.share", s -> s.activeMembers() == null ? ""
                : String.format(messages.locale(), "%.1f %%", s.share() * 100)));
        table.getColumns().add(column("ui.costs.col.amount", s -> amount(s.amount())));
        VBox.setVgrow(table, Priority.ALWAYS);

        model.allocation().addListener((obs, was, now) -> show(now));
        root.getChildren().addAll(heading, help, bar, error, sums, missing, table);
    }

    private TableColumn<BranchCostShare, String> column(String key, java.util.function.Function<BranchCostShare, String> value) {
        var column = new TableColumn<BranchCostShare, String>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setEditable(false);
        return column;
    }

    private String amount(BigDecimal value) {
        return value == null ? "" : kronor.format(value) + " kr";
    }

    private void show(CostAllocation a) {
        if (a == null) {
            return;
        }
        if (!cost.isFocused()) {
            cost.setText(a.totalCost() == null ? "" : kronor.format(a.totalCost()));
        }
        union.setText(amount(a.unionAmount()));
        branches.setText(messages.get("ui.costs.branchesSum", amount(a.branchesAmount()), kronor.format(a.totalMembers())));
        missing.setText(a.missing().isEmpty() ? "" : messages.get("ui.costs.missing", Integer.toString(a.year()),
                String.join(", ", a.missing())));
        missing.setVisible(!a.missing().isEmpty());
        table.getItems().setAll(a.branches());
    }

    /** Writes the year's report to {@code file} and says where it went. */
    void writeReport(java.nio.file.Path file) {
        model.writeReport(file, written -> Alerts.inform(root.getScene().getWindow(), messages, "costsReportDone",
                messages.get("ui.costs.report.done", written.toString())));
    }

    public Parent root() {
        return root;
    }

    public void shown() {
        model.load();
    }
}
