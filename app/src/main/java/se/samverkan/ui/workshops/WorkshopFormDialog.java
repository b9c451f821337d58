package se.samverkan.ui.workshops;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.controlsfx.control.CheckListView;
import se.samverkan.domain.Branch;
import se.samverkan.domain.County;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.WorkshopType;
import se.samverkan.service.Messages;
import se.samverkan.service.workshops.WorkshopService;
import se.samverkan.service.workshops.WorkshopStatus;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.DayConflictsLine;
import se.samverkan.ui.common.FieldMessages;
import se.samverkan.ui.common.FormGrid;
import se.samverkan.ui.common.TimeFields;

/**
 * The workshop form: four tabs (Planering, Program, Material, Efteråt) in one dialog that saves the whole plan. Each
 * invalid field gets its message under it; the agenda's fit is a warning line, never a reason to refuse the save.
 * Node ids start with {@code workshop_}.
 */
final class WorkshopFormDialog {

    private final WorkshopFormModel form;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TabPane tabs = new TabPane();
    private final java.util.List<String> goalNames;

    WorkshopFormDialog(WorkshopFormModel form, Messages messages, java.util.List<se.samverkan.domain.Choice> goals) {
        this.form = form;
        this.messages = messages;
        this.goalNames = goals.stream().map(se.samverkan.domain.Choice::name).toList();
        dialog.setTitle(messages.get(form.isNew() ? "ui.workshops.form.new" : "ui.workshops.form.edit"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        tabs.setId("workshopTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("workshopTabPlan", "ui.workshops.tab.plan", planning()),
                tab("workshopTabAgenda", "ui.workshops.tab.agenda", new AgendaEditor(form, messages).root()),
                tab("workshopTabMaterials", "ui.workshops.tab.materials", materials()),
                tab("workshopTabAfter", "ui.workshops.tab.after", after()));
        tabs.setPrefSize(660, 470);
        dialog.getDialogPane().setContent(tabs);
        var save = new ButtonType(messages.get("ui.workshops.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("ui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("workshopSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.save(saved -> FieldMessages.close(dialog));
        });
        // A problem on another tab: show the first tab with one, so the message is not hidden.
        form.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> showFirstProblem());
    }

    private static Tab tab(String id, String key, Node content, Messages messages) {
        var tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Tab tab(String id, String key, Node content) {
        return tab(id, key, content, messages);
    }

    private void showFirstProblem() {
        var errors = form.fieldErrors();
        int index = errors.containsKey(WorkshopService.AGENDA) ? 1
                : errors.containsKey(WorkshopService.MATERIALS) ? 2
                : errors.containsKey(WorkshopService.PARTICIPANTS) || errors.containsKey(WorkshopService.EVALUATION) ? 3
                : errors.isEmpty() ? -1 : 0;
        if (index == 0 || (index > 0 && errors.size() == 1)) {
            tabs.getSelectionModel().select(index);
        }
    }

    private Node planning() {
        var grid = new FormGrid("workshop", form.fieldErrors(), messages);
        grid.add(WorkshopService.TYPE, "ui.workshops.field.type", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(form.types()), form.type(), WorkshopType::code, WorkshopType::name,
                null));
        grid.add(WorkshopService.TITLE, "ui.workshops.field.title", text(form.title()));
        grid.add(WorkshopService.STATUS, "ui.workshops.field.status", Choosers.bind(new ComboBox<>(),
                FXCollections.observableArrayList(WorkshopStatus.values()), form.status(), WorkshopStatus::name,
                s -> messages.get("ui.workshop.status." + s.name()), null));
        grid.add(WorkshopService.HELD_ON, "ui.workshops.field.date", DateFields.picker(form.date()));
        grid.add(WorkshopService.END_TIME, "ui.workshops.field.times",
                TimeFields.range(form.start(), form.end(), "workshop_"));
        grid.note(DayConflictsLine.of(form.conflicts(), messages, "workshop_conflicts"));
        String none = messages.get("ui.form.none");
        var place = form.place();
        var county = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(form.choices().counties()),
                place.countyCode(), County::code, County::nameSv, none);
        var municipality = Choosers.bind(new ComboBox<>(), place.municipalities(), place.municipalityCode(),
                Municipality::code, Municipality::nameSv, none);
        grid.add("municipality", "ui.workshops.field.place", new HBox(8, county, municipality));
        grid.add(WorkshopService.ADDRESS, "ui.workshops.field.address", text(form.address()));
        grid.add(WorkshopService.ONLINE_LINK, "ui.workshops.field.link", text(form.link()));
        grid.add(WorkshopService.FACILITATOR, "ui.workshops.field.facilitator", text(form.facilitator()));
        grid.add("branches", "ui.workshops.field.branches", FormGrid.checks(form.choices().branches(), Branch::id,
                Branch::name, form.branches()));
        return scroll(grid.root());
    }

    private Node materials() {
        var list = new VBox(6);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < form.materials().size(); i++) {
                var item = form.materials().get(i);
                var done = new CheckBox();
                done.setId("material_done_" + i);
                done.selectedProperty().bindBidirectional(item.done);
                var title = text(item.title);
                title.setId("material_title_" + i);
                title.setPromptText(messages.get("ui.workshops.materials.prompt"));
                HBox.setHgrow(title, Priority.ALWAYS);
                int index = i;
                var remove = new Button(null, se.samverkan.ui.common.Icons.of(org.kordamp.ikonli.feather.Feather.X, 14));
                remove.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
                remove.setOnAction(e -> form.materials().remove(index));
                var line = new HBox(8, done, title, remove);
                line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                list.getChildren().add(line);
            }
        };
        form.materials().addListener((ListChangeListener<WorkshopFormModel.MaterialRow>) c -> rebuild.run());
        rebuild.run();
        var add = new Button(messages.get("ui.workshops.materials.add"),
                se.samverkan.ui.common.Icons.of(org.kordamp.ikonli.feather.Feather.PLUS));
        add.setId("materialAdd");
        add.setOnAction(e -> form.addMaterial());
        var error = FieldMessages.under(list, "workshop_materials_error", WorkshopService.MATERIALS,
                form.fieldErrors(), messages, () -> { });
        var box = new VBox(10, list, add, error);
        box.setPadding(new Insets(12));
        return scroll(box);
    }

    private Node after() {
        var box = new VBox(10);
        box.setPadding(new Insets(12));
        var hint = new Label(messages.get("ui.workshops.after.heldOnly"));
        hint.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        hint.setWrapText(true);
        var counts = new GridPane();
        counts.setHgap(10);
        counts.setVgap(6);
        Runnable rebuild = () -> {
            counts.getChildren().clear();
            counts.add(new Label(messages.get("ui.workshops.after.branch")), 0, 0);
            counts.add(new Label(messages.get("ui.workshops.after.women")), 1, 0);
            counts.add(new Label(messages.get("ui.workshops.after.men")), 2, 0);
            int r = 1;
            for (Branch b : form.invitedBranches()) {
                var c = form.count(b.id());
                var women = text(c.women);
                women.setPrefColumnCount(4);
                women.setId("after_women_" + b.id());
                var men = text(c.men);
                men.setPrefColumnCount(4);
                men.setId("after_men_" + b.id());
                counts.addRow(r++, new Label(b.name()), women, men);
            }
            if (r == 1) {
                counts.add(new Label(messages.get("ui.workshops.after.noBranches")), 0, 1, 3, 1);
            }
        };
        form.branches().addListener((ListChangeListener<Long>) c -> rebuild.run());
        rebuild.run();
        var countsError = FieldMessages.under(counts, "workshop_participants_error", WorkshopService.PARTICIPANTS,
                form.fieldErrors(), messages, () -> { });
        var evaluation = new TextArea();
        evaluation.setId("workshop_evaluation");
        evaluation.setPrefRowCount(4);
        evaluation.setWrapText(true);
        evaluation.textProperty().bindBidirectional(form.evaluation());
        var goals = new CheckListView<String>(FXCollections.observableArrayList(goalNames));
        goals.setId("workshop_goals");
        goals.setPrefHeight(150);
        for (Integer g : form.goals()) {
            if (g >= 1 && g <= goalNames.size()) {
                goals.getCheckModel().check(g - 1);
            }
        }
        goals.getCheckModel().getCheckedIndices().addListener((ListChangeListener<Integer>) c -> form.goals().setAll(
                goals.getCheckModel().getCheckedIndices().stream().map(i -> i + 1).sorted().toList()));
        var fields = new VBox(10, hint, counts, countsError, new Label(messages.get("ui.workshops.after.evaluation")),
                evaluation);
        // Counts and evaluation wait for the workshop to be held; the goals it serves can be linked while planning.
        fields.disableProperty().bind(form.status().isNotEqualTo(WorkshopStatus.HELD.name()));
        box.getChildren().addAll(fields, new Label(messages.get("ui.workshops.after.goals")), goals);
        return scroll(box);
    }

    private static TextField text(javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Node scroll(Region content) {
        var scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    void show(Node owner) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.show();
    }
}
