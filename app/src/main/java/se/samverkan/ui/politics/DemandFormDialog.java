package se.samverkan.ui.politics;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import se.samverkan.domain.Branch;
import se.samverkan.domain.PolicyArea;
import se.samverkan.service.Messages;
import se.samverkan.service.politics.DemandService;
import se.samverkan.service.politics.DemandStatus;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.FollowUpEditor;
import se.samverkan.ui.common.RecordFormDialog;
import se.samverkan.ui.relations.ChosenParties;
import se.samverkan.ui.relations.PartyPickerModel;

/**
 * The form of a demand: title and text, policy area and level (with the warning when the level does not hold the
 * area), branch, län and kommun, status and its days, the people involved, notes and follow-ups. Node ids start with "demand".
 */
final class DemandFormDialog {

    private final RecordFormDialog dialog;

    DemandFormDialog(DemandFormModel form, Messages messages) {
        var texts = new RecordFormDialog.Texts(form.isNew() ? "ui.demands.form.new" : "ui.demands.form.edit",
                "ui.demands.save", "ui.people.duplicates", "ui.people.duplicates.open",
                "ui.people.duplicates.saveAnyway");
        var owner = form.owner();
        var choices = owner.filters().choices().get();
        var picker = new PartyPickerModel(owner.search(), owner.tasks(), owner.list()::fail);
        picker.exclude(p -> !p.isPerson());
        var level = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(DemandService.LEVELS),
                form.level(), l -> l, l -> messages.get("ui.level." + l), null);
        var warning = new Label();
        warning.setId("demandLevelWarning");
        warning.getStyleClass().add(Styles.WARNING);
        warning.setWrapText(true);
        warning.setMaxWidth(380);
        warning.setPrefWidth(380);
        // wrapped over as many lines as it needs rather than cut off with an ellipsis
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warning.textProperty().bind(form.levelWarning());
        warning.visibleProperty().bind(form.levelWarning().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        var levelBox = new VBox(4, level, warning);
        dialog = new RecordFormDialog(form, messages, "demand", texts, id -> { })
                .textField(DemandService.TITLE, "ui.demands.field.title", form.title())
                .field(DemandService.BODY, "ui.demands.field.body", area(form.body(), 4))
                .field(DemandService.POLICY_AREA, "ui.demands.field.area", Choosers.bind(new ComboBox<>(),
                        owner.areas(), form.policyArea(), PolicyArea::code, PolicyArea::nameSv, null))
                .field(DemandService.LEVEL, "ui.demands.field.level", levelBox)
                .field(DemandService.BRANCH, "ui.demands.field.branch", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(choices.branches()), form.branchId(), Branch::id,
                        Branch::name, null))
                .place(form.place(), choices.counties())
                .field(DemandService.STATUS, "ui.demands.field.status", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(Arrays.asList(DemandStatus.values())), form.status(),
                        DemandStatus::name, s -> messages.get("ui.demand.status." + s.name()), null))
                .field("raisedOn", "ui.demands.field.raised", DateFields.picker(form.raisedOn()))
                .field(DemandService.DECIDED_ON, "ui.demands.field.decided", DateFields.picker(form.decidedOn()))
                .field("people", "ui.demands.field.people",
                        new ChosenParties(form.people(), picker, messages, "demandPeople"))
                .field(DemandService.NOTES, "ui.demands.field.notes", area(form.notes(), 2))
                .field(DemandService.FOLLOW_UPS, "ui.demands.field.followUps",
                        new FollowUpEditor(form.followUps(), form.fieldErrors(), messages, "demandAddFollowUp").root());
        // the level box carries the field's id; the choice itself gets its own for look-ups
        level.setId("demand_levelChoice");
    }

    private static TextArea area(javafx.beans.property.StringProperty value, int rows) {
        var area = new TextArea();
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(32);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
