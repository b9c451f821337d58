package se.samverkan.ui.forums;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samverkan.domain.CalendarEventKind;
import se.samverkan.domain.DayConflicts;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.MeetingRow;
import se.samverkan.domain.PartyOverview.Named;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.forums.ForumService;
import se.samverkan.ui.common.DayConflictsWatch;
import se.samverkan.ui.common.FollowUpRow;
import se.samverkan.ui.common.RecordFormModel;
import se.samverkan.ui.common.TimeFields;

/**
 * A forum meeting to log or change: day, start and end time (they put it in the calendar and its double-booking
 * check), who attended, notes, decisions and any number of follow-ups with due days (shown on the home screen).
 */
final class MeetingFormModel extends RecordFormModel<ForumMeeting> {

    private final long id;
    private final long forumId;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObservableList<Named> attendees = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private DayConflictsWatch day;

    /** A new meeting of forum {@code forumId}, today. */
    MeetingFormModel(ForumsViewModel owner, long forumId) {
        this(owner, forumId, null, new Rows());
        date.set(owner.service().today());
        watch(owner);
    }

    /** Started once the fields hold the meeting's values, so an opened meeting is checked once. */
    private void watch(ForumsViewModel owner) {
        long self = id;
        day = new DayConflictsWatch(owner.tasks(), (on, from, to, cancelled) -> owner.calendar().conflicts(
                CalendarEventKind.FORUM_MEETING, self, on, from, to, false), date, start, end,
                new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /** The meeting day's holiday and the coordinator's other events at the same time. */
    ReadOnlyObjectProperty<DayConflicts> conflicts() {
        return day.conflicts();
    }

    /** A form changing the logged meeting {@code existing}. */
    MeetingFormModel(ForumsViewModel owner, MeetingRow existing) {
        this(owner, existing.meeting().forumId(), existing, new Rows());
        ForumMeeting m = existing.meeting();
        date.set(m.meetingDate());
        start.set(TimeFields.format(m.startTime()));
        end.set(TimeFields.format(m.endTime()));
        notes.set(nz(m.notes()));
        decisions.set(nz(m.decisions()));
        // the store gives ids and names in the same order
        attendees.setAll(IntStream.range(0, m.attendeeIds().size()).mapToObj(i -> new Named(
                PartyRef.person(m.attendeeIds().get(i)), existing.attendeeNames().get(i))).toList());
        followUps.setAll(FollowUpRow.of(existing.followUps()));
        watch(owner);
    }

    private MeetingFormModel(ForumsViewModel owner, long forumId, MeetingRow existing, Rows rows) {
        super(existing == null, owner.tasks(), new Operations<>(m -> owner.service().validateMeeting(m, rows.get()),
                m -> List.of(), existing == null ? m -> owner.service().logMeeting(m, rows.get())
                : m -> owner.service().updateMeeting(m, rows.get()), ForumMeeting::forumId),
                owner.list()::fail, owner::changed);
        rows.model = this;
        this.id = existing == null ? 0 : existing.meeting().id();
        this.forumId = forumId;
    }

    /**
     * The follow-ups as the service takes them, read when the form is checked or saved (the operations are built
     * before the rows exist, in the constructor's call to super).
     */
    private static final class Rows {
        private MeetingFormModel model;

        List<FollowUp> get() {
            return model.followUps.stream().map(FollowUpRow::toFollowUp).toList();
        }
    }

    @Override
    protected List<FieldError> unreadableInput() {
        return TimeFields.unreadable(ForumService.MEETING_END, start.get(), end.get());
    }

    @Override
    protected ForumMeeting toRecord() {
        return new ForumMeeting(id, forumId, date.get(), TimeFields.parse(start.get()), TimeFields.parse(end.get()),
                blank(notes.get()), blank(decisions.get()),
                attendees.stream().map(a -> a.party().personId()).distinct().toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    ObjectProperty<LocalDate> date() {
        return date;
    }

    StringProperty start() {
        return start;
    }

    StringProperty end() {
        return end;
    }

    ObservableList<Named> attendees() {
        return attendees;
    }

    StringProperty notes() {
        return notes;
    }

    StringProperty decisions() {
        return decisions;
    }

    ObservableList<FollowUpRow> followUps() {
        return followUps;
    }
}
