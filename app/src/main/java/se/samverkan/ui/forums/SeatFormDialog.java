package se.samverkan.ui.forums;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.samverkan.domain.Branch;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Messages;
import se.samverkan.service.forums.ForumService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.RecordFormDialog;
import se.samverkan.ui.relations.PartyPicker;
import se.samverkan.ui.relations.PartyPickerModel;

/** The form of a seat: the person (search by name), whom they represent (the branch when a branch), role, term. */
final class SeatFormDialog {

    private final RecordFormDialog dialog;

    SeatFormDialog(SeatFormModel form, ForumsViewModel owner, Messages messages) {
        var texts = new RecordFormDialog.Texts(form.isNew() ? "ui.forums.seat.new" : "ui.forums.seat.edit",
                "ui.forums.save", "ui.people.duplicates", "ui.people.duplicates.open",
                "ui.people.duplicates.saveAnyway");
        var pickerModel = new PartyPickerModel(owner.search(), owner.tasks(), owner.list()::fail);
        pickerModel.exclude(p -> !p.isPerson());
        var chosen = new Label();
        chosen.setId("seatPersonChosen");
        chosen.textProperty().bind(Bindings.when(form.personId().isNull())
                .then(messages.get("ui.forums.seat.noPerson")).otherwise(form.personName()));
        var picker = new PartyPicker(pickerModel, messages, "seatPersonSearch", hit -> {
            form.personId().set(PartyRef.person(hit.id()).personId());
            form.personName().set(hit.title());
        });
        var person = new VBox(4, chosen, picker) {
            @Override
            public void requestFocus() {
                picker.requestFocus();
            }
        };
        var branch = Choosers.bind(new ComboBox<>(), FXCollections.observableArrayList(
                owner.choicesProperty().get().branches()), form.branchId(), Branch::id, Branch::name,
                messages.get("ui.form.none"));
        branch.disableProperty().bind(form.represents().isNotEqualTo("BRANCH"));
        dialog = new RecordFormDialog(form, messages, "seat", texts, id -> { })
                .field(ForumService.PERSON, "export.column.person", person)
                .field(ForumService.REPRESENTS, "export.column.represents", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(ForumService.REPRESENTING), form.represents(), r -> r,
                        r -> messages.get("ui.forums.represents." + r), null))
                .field(ForumService.BRANCH, "ui.detail.branch", branch)
                .field(ForumService.ROLE, "export.column.role", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(ForumService.ROLES), form.role(), r -> r,
                        r -> messages.get("ui.seat.role." + r), null))
                .field(ForumService.TERM_FROM, "export.column.term_from", DateFields.picker(form.termFrom()))
                .field(ForumService.TERM_TO, "export.column.term_to", DateFields.picker(form.termTo()));
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
