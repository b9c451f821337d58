package se.samverkan.ui.relations;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import se.samverkan.domain.Branch;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.service.Messages;
import se.samverkan.ui.common.Icons;
import se.samverkan.ui.common.RecordFormDialog;

/** "Ny relation" / "Ändra relation": other party, kind, strength, since, ended, owner and notes. */
final class RelationshipDialog {

    /** The kinds in the order the choice lists them. */
    static final List<String> KINDS = List.of("WORKS_AT", "SITS_IN", "KNOWS", "COOPERATES_WITH", "FUNDS", "MEMBER_OF",
            "OTHER");
    static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

    /** An owner to choose: an avdelning, or the coordinator (id null). */
    record Owner(Long branchId, String name) {
    }

    private final RecordFormDialog dialog;

    RelationshipDialog(RelationshipFormModel form, PartyPickerModel picker, List<Branch> branches, RelationsTexts texts) {
        Messages messages = texts.messages();
        picker.exclude(form.self()::equals);

        var chosen = new Label();
        chosen.setId("relationshipOther");
        chosen.getStyleClass().add("party-chip-label");
        var change = new Button(messages.get("ui.relations.picker.change"));
        change.getStyleClass().add(Styles.SMALL);
        change.setOnAction(e -> form.other().set(null));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var chosenLine = new HBox(8, chosen, spacer, change);
        chosenLine.getStyleClass().add("party-chip");
        chosenLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var search = new PartyPicker(picker, messages, "relationshipPicker",
                hit -> form.other().set(PartyPickerModel.named(hit)));
        Runnable showOther = () -> {
            Named other = form.other().get();
            chosen.setText(other == null ? "" : other.name());
            chosen.setGraphic(other == null ? null : Icons.of(other.party().isPerson() ? Feather.USER : Feather.BRIEFCASE));
            chosenLine.setVisible(other != null);
            chosenLine.setManaged(other != null);
            search.setVisible(other == null);
            search.setManaged(other == null);
            se.samverkan.ui.common.WindowFit.refit(search);
        };
        form.other().addListener((obs, was, now) -> showOther.run());
        showOther.run();

        // The first field takes the focus when the dialog opens: hand it to the search field while it is shown.
        var otherBox = new VBox(chosenLine, search) {
            @Override
            public void requestFocus() {
                if (search.isVisible()) {
                    search.requestFocus();
                } else {
                    change.requestFocus();
                }
            }
        };

        List<Owner> owners = new ArrayList<>();
        owners.add(new Owner(null, texts.owner(null)));
        branches.forEach(b -> owners.add(new Owner(b.id(), b.name())));
        ObjectProperty<Owner> owner = new SimpleObjectProperty<>(owners.stream()
                .filter(o -> java.util.Objects.equals(o.branchId(), form.ownerBranchId().get())).findFirst()
                .orElse(owners.get(0)));
        owner.addListener((obs, was, now) -> form.ownerBranchId().set(now == null ? null : now.branchId()));

        dialog = new RecordFormDialog(form, messages, "relationship", new RecordFormDialog.Texts(
                form.isNew() ? "ui.relations.dialog.new" : "ui.relations.dialog.edit", "ui.relations.save",
                null, null, null), id -> { })
                .field(form.otherField(), "ui.relations.field.other", otherBox)
                .field("kind", "ui.relations.field.kind", Inputs.choice(KINDS, texts::relationKind, form.kind()))
                .field("strength", "ui.relations.field.strength", Inputs.choice(LEVELS,
                        level -> RelationsTexts.dots(level) + "  " + messages.get("ui.relations.strength." + level),
                        form.strength()))
                .field("since", "ui.relations.field.since", Inputs.date(form.since()))
                .field("endedOn", "ui.relations.field.endedOn", Inputs.date(form.endedOn()))
                .field("owner", "ui.relations.field.owner", Inputs.choice(owners, Owner::name, owner))
                .field("notes", "ui.relations.field.notes", Inputs.area(form.notes(), 3));
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
