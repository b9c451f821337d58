package se.samverkan.ui.forums;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.SearchHit;
import se.samverkan.ui.common.RecordFormModel;

/** A forum meeting to log: date, who attended, notes, decisions and at most one follow-up with its due date. */
final class MeetingFormModel extends RecordFormModel<ForumMeeting> {

    private final long forumId;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<SearchHit> attendees = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final StringProperty followUp = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();

    MeetingFormModel(ForumsViewModel owner, long forumId) {
        this(owner, forumId, new FollowUps());
    }

    private MeetingFormModel(ForumsViewModel owner, long forumId, FollowUps followUps) {
        super(true, owner.tasks(), new Operations<>(m -> owner.service().validateMeeting(m, followUps.get()),
                m -> List.of(), m -> owner.service().logMeeting(m, followUps.get()), ForumMeeting::forumId),
                owner.list()::fail, owner::changed);
        followUps.model = this;
        this.forumId = forumId;
        date.set(owner.service().today());
    }

    /** Reads the follow-up fields when the form is saved (the operations are built before the fields exist). */
    private static final class FollowUps {
        private MeetingFormModel model;

        List<FollowUp> get() {
            String text = model.followUp.get();
            if ((text == null || text.isBlank()) && model.followUpDue.get() == null) {
                return List.of();
            }
            return List.of(new FollowUp(0, null, null, text == null ? null : text.strip(), model.followUpDue.get(),
                    null, null));
        }
    }

    @Override
    protected ForumMeeting toRecord() {
        return new ForumMeeting(0, forumId, date.get(), null, null, blank(notes.get()), blank(decisions.get()),
                attendees.stream().map(SearchHit::id).distinct().toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    ObjectProperty<LocalDate> date() {
        return date;
    }

    ObservableList<SearchHit> attendees() {
        return attendees;
    }

    StringProperty notes() {
        return notes;
    }

    StringProperty decisions() {
        return decisions;
    }

    StringProperty followUp() {
        return followUp;
    }

    ObjectProperty<LocalDate> followUpDue() {
        return followUpDue;
    }
}
