package se.samverkan.ui.forums;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import se.samverkan.domain.SearchHit;
import se.samverkan.service.Messages;
import se.samverkan.service.forums.ForumService;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.RecordFormDialog;
import se.samverkan.ui.relations.PartyPicker;
import se.samverkan.ui.relations.PartyPickerModel;

/** Logs a forum meeting: date, who attended (search by name), notes, decisions and a follow-up with its due date. */
final class MeetingFormDialog {

    private final RecordFormDialog dialog;

    MeetingFormDialog(MeetingFormModel form, ForumsViewModel owner, Messages messages) {
        var texts = new RecordFormDialog.Texts("ui.forums.meeting.new", "ui.forums.save", "ui.people.duplicates",
                "ui.people.duplicates.open", "ui.people.duplicates.saveAnyway");
        var pickerModel = new PartyPickerModel(owner.search(), owner.tasks(), owner.list()::fail);
        pickerModel.exclude(p -> !p.isPerson() || form.attendees().stream().anyMatch(a -> a.id() == p.id()));
        var chosen = new Label();
        chosen.setWrapText(true);
        chosen.setMaxWidth(360);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> form.attendees().isEmpty()
                ? messages.get("ui.forums.meeting.noAttendees")
                : form.attendees().stream().map(SearchHit::title).collect(Collectors.joining(", ")), form.attendees()));
        var attendees = new VBox(4, chosen, new PartyPicker(pickerModel, messages, "meetingAttendeeSearch",
                form.attendees()::add));
        var followUp = new TextField();
        followUp.textProperty().bindBidirectional(form.followUp());
        dialog = new RecordFormDialog(form, messages, "meeting", texts, id -> { })
                .field(ForumService.DATE, "ui.detail.date", DateFields.picker(form.date()))
                .field("attendees", "ui.forums.meeting.attendees", attendees)
                .field("notes", "ui.detail.notes", area(form.notes()))
                .field("decisions", "ui.forums.meeting.decisions", area(form.decisions()))
                .field(ForumService.FOLLOW_UP, "ui.forums.meeting.followUp", followUp)
                .field(ForumService.FOLLOW_UP_DUE, "ui.forums.meeting.followUpDue", DateFields.picker(form.followUpDue()));
    }

    private static TextArea area(javafx.beans.property.StringProperty value) {
        var area = new TextArea();
        area.setPrefRowCount(3);
        area.setPrefColumnCount(28);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    void show(Node owner) {
        dialog.show(owner);
    }
}
