package se.samverkan.ui.forums;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import se.samverkan.domain.ForumType;
import se.samverkan.service.Messages;
import se.samverkan.service.forums.ForumService;
import se.samverkan.ui.common.Choosers;
import se.samverkan.ui.common.RecordFormDialog;

/** The form of a new or changed forum: name, type, level, län and kommun, convenor, meeting rhythm, initiative. */
final class ForumFormDialog {

    private static final List<String> LEVELS = List.of("MUNICIPALITY", "REGION", "NUTS", "NATIONAL");
    private final RecordFormDialog dialog;

    ForumFormDialog(ForumFormModel form, Messages messages) {
        var texts = new RecordFormDialog.Texts(form.isNew() ? "ui.forums.form.new" : "ui.forums.form.edit",
                "ui.forums.save", "ui.people.duplicates", "ui.people.duplicates.open",
                "ui.people.duplicates.saveAnyway");
        var owner = form.owner();
        var choices = owner.choicesProperty().get();
        var initiated = new CheckBox(messages.get("ui.forums.field.initiated"));
        initiated.selectedProperty().bindBidirectional(form.unionInitiated());
        dialog = new RecordFormDialog(form, messages, "forum", texts, id -> { })
                .textField(ForumService.NAME, "export.column.name", form.name())
                .field(ForumService.TYPE, "ui.detail.forum_type", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(owner.types()), form.forumType(), ForumType::code,
                        ForumType::name, null))
                .field(ForumService.LEVEL, "ui.detail.level", Choosers.bind(new ComboBox<>(),
                        FXCollections.observableArrayList(LEVELS), form.level(), l -> l,
                        l -> messages.get("ui.level." + l), null))
                .place(form.place(), choices.counties())
                .field("convenor", "ui.detail.convenor", Choosers.searchable(choices.organisations(),
                        form.convenorId(), messages.get("ui.form.none"),
                        messages.get("ui.people.field.organisationPrompt")))
                .textField(ForumService.RHYTHM, "ui.detail.meeting_rhythm", form.rhythm())
                .field("initiated", "ui.detail.union_initiated", initiated);
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
