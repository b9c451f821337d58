package se.samverkan.ui.forums;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import se.samverkan.service.Messages;
import se.samverkan.service.forums.ForumService;
import se.samverkan.ui.common.DateFields;
import se.samverkan.ui.common.DayConflictsLine;
import se.samverkan.ui.common.FollowUpEditor;
import se.samverkan.ui.common.RecordFormDialog;
import se.samverkan.ui.common.TimeFields;
import se.samverkan.ui.relations.ChosenParties;
import se.samverkan.ui.relations.PartyPickerModel;

/**
 * Logs or changes a forum meeting: day and times, who attended (chips, search by name to add), notes, decisions and
 * follow-ups with due days. Node ids start with {@code meeting_}.
 */
final class MeetingFormDialog {

    private final RecordFormDialog dialog;

    MeetingFormDialog(MeetingFormModel form, ForumsViewModel owner, Messages messages) {
        var texts = new RecordFormDialog.Texts(form.isNew() ? "ui.forums.meeting.new" : "ui.forums.meeting.edit",
                "ui.forums.save", "ui.people.duplicates", "ui.people.duplicates.open", "ui.people.duplicates.saveAnyway");
        var picker = new PartyPickerModel(owner.search(), owner.tasks(), owner.list()::fail);
        picker.exclude(p -> !p.isPerson());
        dialog = new RecordFormDialog(form, messages, "meeting", texts, id -> { })
                .field(ForumService.DATE, "ui.detail.date", DateFields.picker(form.date()))
                .field(ForumService.MEETING_END, "ui.workshops.field.times", new javafx.scene.layout.VBox(6,
                        TimeFields.range(form.start(), form.end(), "meeting_"),
                        DayConflictsLine.of(form.conflicts(), messages, "meeting_conflicts")))
                .field("attendees", "ui.forums.meeting.attendees",
                        new ChosenParties(form.attendees(), picker, messages, "meetingAttendees"))
                .field("notes", "ui.detail.notes", area(form.notes()))
                .field("decisions", "ui.forums.meeting.decisions", area(form.decisions()))
                .field(ForumService.FOLLOW_UPS, "ui.forums.meeting.followUps",
                        new FollowUpEditor(form.followUps(), form.fieldErrors(), messages, "meetingAddFollowUp").root());
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
