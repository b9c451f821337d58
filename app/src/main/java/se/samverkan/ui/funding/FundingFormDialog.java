package se.samverkan.ui.funding;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Choice;
import se.samverkan.service.Messages;
import se.samverkan.service.funding.FundingService;
import se.samverkan.service.funding.FundingStatus;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.FormGrid;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.FieldMessages;

/**
 * The funding project form: four tabs (Projekt, Budget, Mål och utfall, Partner) in one dialog that saves the whole
 * project. Each invalid field gets its message under it; the budget's warnings never stop the save. Node ids start
 * with {@code funding_}, {@code budget_}, {@code target_} and {@code partner_}.
 */
final class FundingFormDialog {

    private final FundingFormModel form;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TabPane tabs = new TabPane();

    FundingFormDialog(FundingFormModel form, Messages messages) {
        this.form = form;
        this.messages = messages;
        dialog.setTitle(messages.get(form.isNew() ? "ui.funding.form.new" : "ui.funding.form.edit"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        tabs.setId("fundingFormTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("fundingTabProject", "ui.funding.tab.project", project()),
                tab("fundingTabBudget", "ui.funding.tab.budget", new BudgetEditor(form, messages).root()),
                tab("fundingTabTargets", "ui.funding.tab.targets", new TargetsEditor(form, messages).root()),
                tab("fundingTabPartners", "ui.funding.tab.partners", new PartnersEditor(form, messages).root()));
        tabs.setPrefSize(900, 560);
        dialog.getDialogPane().setContent(tabs);
        // the target grid needs the width: ten columns of figures side by side
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setMinWidth(860);
        var save = new ButtonType(messages.get("ui.funding.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("fundingSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.save(saved -> FieldMessages.close(dialog));
        });
        // A problem on another tab: show the tab with it, so the message is not hidden.
        form.fieldErrors().addListener((MapChangeListener<String, String>) c -> showFirstProblem());
    }

    private Tab tab(String id, String key, Node content) {
        var tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private void showFirstProblem() {
        var errors = form.fieldErrors();
        if (errors.isEmpty()) {
            return;
        }
        boolean onProject = errors.keySet().stream().anyMatch(k -> !List.of(FundingService.BUDGET,
                FundingService.ESF_PERCENT, FundingService.TARGETS, FundingService.PARTNERS).contains(k));
        int index = onProject ? 0
                : errors.containsKey(FundingService.BUDGET) || errors.containsKey(FundingService.ESF_PERCENT) ? 1
                : errors.containsKey(FundingService.TARGETS) ? 2 : 3;
        tabs.getSelectionModel().select(index);
    }

    private Node project() {
        var grid = new FormGrid("funding", form.fieldErrors(), messages);
        grid.add(FundingService.NAME, "ui.funding.field.name", FormRows.text(form.name(), 34));
        grid.add(FundingService.FUND, "ui.funding.field.fund", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(FundingService.FUNDS), form.fund(), f -> f,
                f -> messages.get("ui.funding.fund." + f), null));
        grid.add(FundingService.PROGRAMME_AREA, "ui.funding.field.programmeArea",
                FormRows.text(form.programmeArea(), 34));
        grid.add(FundingService.CALL, "ui.funding.field.call", FormRows.text(form.call(), 34));
        grid.add(FundingService.APPLICATION_TO, "ui.funding.field.application",
                range(form.applicationFrom(), form.applicationTo(), "funding_applicationFrom", "funding_applicationTo"));
        grid.add(FundingService.STATUS, "ui.funding.field.status", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(FundingStatus.values()), form.status(), FundingStatus::name,
                s -> messages.get("ui.funding.status." + s.name()), null));
        grid.add(FundingService.PERIOD_TO, "ui.funding.field.period",
                range(form.periodFrom(), form.periodTo(), "funding_periodFrom", "funding_periodTo"));
        var extended = DateFields.picker(form.extendedTo());
        extended.setPrefWidth(140);
        grid.add(FundingService.EXTENDED_TO, "ui.funding.field.extendedTo", extended);
        var owner = Choosers.searchable(form.choices().organisations(), form.owner(), messages.get("ui.form.none"),
                messages.get("ui.funding.field.owner"));
        grid.add("owner", "ui.funding.field.owner", owner);
        grid.add(FundingService.UNION_ROLE, "ui.funding.field.unionRole", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(FundingService.UNION_ROLES), form.unionRole(), r -> r,
                r -> messages.get("ui.funding.role." + r), null));
        grid.add(FundingService.UNION_TASKS, "ui.funding.field.unionTasks", area(form.unionTasks(), 3));
        grid.add("branches", "ui.funding.field.branches", FormGrid.checks(form.choices().branches(),
                Branch::id, Branch::name, form.branches()));
        grid.add("workplaces", "ui.funding.field.workplaces", FormGrid.checks(form.workplaceChoices(),
                Choice::id, Choice::name, form.workplaces()));
        grid.add(FundingService.NOTES, "ui.funding.field.notes", area(form.notes(), 3));
        return FormRows.page(grid.root());
    }

    private static HBox range(javafx.beans.property.ObjectProperty<java.time.LocalDate> from,
                              javafx.beans.property.ObjectProperty<java.time.LocalDate> to, String fromId, String toId) {
        DatePicker start = DateFields.picker(from);
        start.setId(fromId);
        start.setPrefWidth(140);
        DatePicker end = DateFields.picker(to);
        end.setId(toId);
        end.setPrefWidth(140);
        var box = new HBox(8, start, new Label("–"), end);
        // the box has its own id: the field's id belongs to its end picker
        box.setId(fromId + "Range");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextArea area(javafx.beans.property.StringProperty value, int rows) {
        var area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
