package se.samverkan.ui.goals;

import java.util.Arrays;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.beans.property.StringProperty;
import se.samverkan.domain.GoalFigure;
import se.samverkan.domain.StatusLevel;
import se.samverkan.service.Messages;
import se.samverkan.service.goals.GoalService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.RecordFormDialog;

/** The two dialogs of a figure: "Sätt mål" and "Rapportera utfall". Node ids start with {@code target_}/{@code outcome_}. */
final class GoalForms {

    private final Messages messages;

    GoalForms(Messages messages) {
        this.messages = messages;
    }

    void target(TargetFormModel form, Node owner) {
        GoalFigure f = form.figure();
        var dialog = new RecordFormDialog(form, messages, "target", new RecordFormDialog.Texts("ui.goals.target.title",
                "ui.goals.save", null, null, null), id -> { })
                .field("indicator", "ui.goals.indicator", about(f))
                .field(GoalService.VALUE, "ui.goals.target.value", number(form.figures().value()));
        if (f.indicator().genderSplit()) {
            dialog.field(GoalService.WOMEN, "ui.goals.women", number(form.figures().women()))
                    .field(GoalService.MEN, "ui.goals.men", number(form.figures().men()));
        }
        dialog.field(GoalService.BASELINE, "ui.goals.baseline", number(form.baseline()))
                .show(owner);
    }

    void outcome(OutcomeFormModel form, Node owner) {
        GoalFigure f = form.figure();
        var dialog = new RecordFormDialog(form, messages, "outcome", new RecordFormDialog.Texts("ui.goals.outcome.title",
                "ui.goals.save", null, null, null), id -> { })
                .field("indicator", "ui.goals.indicator", about(f));
        if (form.derived()) {
            var counted = new Label(messages.get("ui.goals.outcome.derived", form.figures().value().get()));
            counted.setWrapText(true);
            counted.setMaxWidth(360);
            dialog.field(GoalService.VALUE, "ui.goals.outcome.value", counted);
        } else {
            dialog.field(GoalService.VALUE, "ui.goals.outcome.value", number(form.figures().value()));
            if (f.indicator().genderSplit()) {
                dialog.field(GoalService.WOMEN, "ui.goals.women", number(form.figures().women()))
                        .field(GoalService.MEN, "ui.goals.men", number(form.figures().men()));
            }
        }
        var statuses = FXCollections.observableArrayList(Arrays.stream(StatusLevel.values())
                .filter(s -> s != StatusLevel.NO_DATA).toList());
        statuses.add(0, null);
        var override = Choosers.bind(new ComboBox<>(), statuses, form.override(), StatusLevel::name,
                s -> messages.get("ui.goals.status." + s.name()), messages.get("ui.goals.override.none"));
        dialog.field("comment", "ui.goals.comment", area(form.comment()))
                .field("statusOverride", "ui.goals.override", override)
                .field(GoalService.OVERRIDE_REASON, "ui.goals.override.reason", area(form.reason()))
                .show(owner);
    }

    void indicator(IndicatorFormModel form, Node owner) {
        var unit = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(GoalService.UNITS), form.unit(),
                u -> u, u -> messages.get("ui.goals.unit." + u), null);
        var direction = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(GoalService.DIRECTIONS),
                form.direction(), d -> d, d -> messages.get("ui.goals.direction." + d), null);
        var source = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(GoalService.OWN_SOURCES),
                form.source(), s -> s, s -> messages.get("ui.goals.source." + s), null);
        var split = new javafx.scene.control.CheckBox(messages.get("ui.goals.indicator.split"));
        split.selectedProperty().bindBidirectional(form.genderSplit());
        unit.setDisable(form.derived());
        source.setDisable(form.derived());
        new RecordFormDialog(form, messages, "indicator", new RecordFormDialog.Texts(form.isNew()
                ? "ui.goals.indicator.new" : "ui.goals.indicator.edit", "ui.goals.save", null, null, null), id -> { })
                .textField(GoalService.NAME_SV, "ui.goals.indicator.nameSv", form.nameSv())
                .textField(GoalService.NAME_EN, "ui.goals.indicator.nameEn", form.nameEn())
                .field(GoalService.UNIT, "ui.goals.indicator.unit", unit)
                .field("direction", "ui.goals.indicator.direction", direction)
                .field("genderSplit", "ui.goals.indicator.splitLabel", split)
                .field("source", "ui.goals.source", source)
                .show(owner);
    }

    private Label about(GoalFigure f) {
        var label = new Label(f.indicator().name(messages.locale()) + " · " + f.period() + " · "
                + messages.get("ui.goals.unit." + f.indicator().unit()));
        label.setWrapText(true);
        label.setMaxWidth(360);
        return label;
    }

    private static TextField number(StringProperty value) {
        var field = new TextField();
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        field.textProperty().addListener((obs, was, now) -> field.pseudoClassStateChanged(
                atlantafx.base.theme.Styles.STATE_DANGER, !se.samverkan.ui.common.NumberFields.readable(now)));
        return field;
    }

    private static TextArea area(StringProperty value) {
        var area = new TextArea();
        area.setPrefRowCount(2);
        area.setPrefColumnCount(28);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
