package se.samverkan.ui.funding;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Choice;
import se.samverkan.service.Messages;
import se.samverkan.service.funding.FundingService;
import se.samverkan.service.funding.FundingStatus;
import se.samverkan.ui.common.Choosers;
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
        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        row = add(grid, row, FundingService.NAME, "ui.funding.field.name", FormRows.text(form.name(), 34));
        row = add(grid, row, FundingService.FUND, "ui.funding.field.fund", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(FundingService.FUNDS), form.fund(), f -> f,
                f -> messages.get("ui.funding.fund." + f), null));
        row = add(grid, row, FundingService.PROGRAMME_AREA, "ui.funding.field.programmeArea",
                FormRows.text(form.programmeArea(), 34));
        row = add(grid, row, FundingService.CALL, "ui.funding.field.call", FormRows.text(form.call(), 34));
        row = add(grid, row, FundingService.APPLICATION_TO, "ui.funding.field.application",
                range(form.applicationFrom(), form.applicationTo(), "funding_applicationFrom", "funding_applicationTo"));
        row = add(grid, row, FundingService.STATUS, "ui.funding.field.status", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(FundingStatus.values()), form.status(), FundingStatus::name,
                s -> messages.get("ui.funding.status." + s.name()), null));
        row = add(grid, row, FundingService.PERIOD_TO, "ui.funding.field.period",
                range(form.periodFrom(), form.periodTo(), "funding_periodFrom", "funding_periodTo"));
        var extended = DateFields.picker(form.extendedTo());
        extended.setPrefWidth(140);
        row = add(grid, row, FundingService.EXTENDED_TO, "ui.funding.field.extendedTo", extended);
        var owner = Choosers.searchable(form.choices().organisations(), form.owner(), messages.get("ui.form.none"),
                messages.get("ui.funding.field.owner"));
        row = add(grid, row, "owner", "ui.funding.field.owner", owner);
        row = add(grid, row, FundingService.UNION_ROLE, "ui.funding.field.unionRole", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(FundingService.UNION_ROLES), form.unionRole(), r -> r,
                r -> messages.get("ui.funding.role." + r), null));
        row = add(grid, row, FundingService.UNION_TASKS, "ui.funding.field.unionTasks", area(form.unionTasks(), 3));
        row = add(grid, row, "branches", "ui.funding.field.branches", checks(form.choices().branches(),
                Branch::id, Branch::name, form.branches()));
        row = add(grid, row, "workplaces", "ui.funding.field.workplaces", checks(form.workplaceChoices(),
                Choice::id, Choice::name, form.workplaces()));
        add(grid, row, FundingService.NOTES, "ui.funding.field.notes", area(form.notes(), 3));
        return FormRows.page(grid);
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

    /** A list to tick records in; the ticked ids go to {@code chosen}. */
    private static <T> CheckListView<T> checks(List<T> items, java.util.function.ToLongFunction<T> id,
                                               java.util.function.Function<T, String> name,
                                               javafx.collections.ObservableList<Long> chosen) {
        var list = new CheckListView<T>(FXCollections.observableArrayList(items));
        list.setCellFactory(v -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(T item) {
                        return item == null ? "" : name.apply(item);
                    }

                    @Override
                    public T fromString(String s) {
                        return null;
                    }
                }));
        list.setPrefHeight(110);
        items.stream().filter(i -> chosen.contains(id.applyAsLong(i))).forEach(i -> list.getCheckModel().check(i));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                chosen.setAll(list.getCheckModel().getCheckedItems().stream().map(id::applyAsLong).toList()));
        return list;
    }

    private int add(GridPane grid, int row, String name, String labelKey, Region input) {
        var label = new Label(messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        if (input.getId() == null) {
            input.setId("funding_" + name);
        }
        if (!(input instanceof TextField) && !(input instanceof HBox)) {
            input.setMaxWidth(Double.MAX_VALUE);
        }
        var error = FieldMessages.under(input, "funding_" + name + "_error", name, form.fieldErrors(), messages,
                () -> { });
        GridPane.setHgrow(input, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        return row + 1;
    }

    void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
