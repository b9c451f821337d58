package se.samverkan.service.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.MeetingRow;
import se.samverkan.domain.Person;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.InteractionService;
import se.samverkan.service.network.PeopleService;
import se.samverkan.service.network.ValidationException;

/** Logging and changing forum meetings: times, attendees and several follow-ups. */
class ForumMeetingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    private Workspace workspace;
    private Clock clock;
    private ForumService forums;
    private long anna;
    private long bo;
    private long council;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir, "pw-for-tests".toCharArray());
        clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        forums = new ForumService(workspace, Locale.ROOT, clock);
        var people = new PeopleService(workspace);
        anna = people.save(new Person(0, "Anna", "Lind", null, null, null, null, null, null, null, null, null, null)).id();
        bo = people.save(new Person(0, "Bo", "Ek", null, null, null, null, null, null, null, null, null, null)).id();
        council = forums.save(new Forum(0, "Industrirådet", "INDUSTRY_COUNCIL", "REGION", null, "06", null, null,
                "Varannan månad", false)).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static FollowUp followUp(long id, String what, LocalDate due) {
        return new FollowUp(id, null, null, what, due, null, null);
    }

    private MeetingRow only() {
        List<MeetingRow> meetings = forums.meetings(council);
        assertThat(meetings).hasSize(1);
        return meetings.get(0);
    }

    @Test
    void aChangedMeetingKeepsItsDoneFollowUpAndDropsTheRemovedOne() {
        forums.logMeeting(new ForumMeeting(0, council, TODAY, LocalTime.of(9, 0), LocalTime.of(11, 0), null, null,
                List.of(anna)), List.of(followUp(0, "Skicka underlag", TODAY.plusDays(7)),
                followUp(0, "Boka lokal", TODAY.plusDays(3)), followUp(0, "Ring kommunen", TODAY.plusDays(5))));
        MeetingRow logged = only();
        FollowUp book = logged.followUps().get(0);
        assertThat(book.description()).isEqualTo("Boka lokal");
        new InteractionService(workspace, clock).markDone(book.id());
        FollowUp send = logged.followUps().get(2);

        ForumMeeting changed = new ForumMeeting(logged.meeting().id(), council, TODAY.plusDays(1), LocalTime.of(13, 0),
                LocalTime.of(15, 30), "Flyttat", "Ansökan skickas", List.of(bo, anna));
        forums.updateMeeting(changed, List.of(book, followUp(send.id(), "Skicka underlag till RUS", send.dueDate()),
                followUp(0, "Bjud in Teknikcollege", TODAY.plusDays(30))));

        MeetingRow after = only();
        assertThat(after.meeting().meetingDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(after.meeting().startTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(after.meeting().endTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(after.meeting().decisions()).isEqualTo("Ansökan skickas");
        assertThat(after.attendeeNames()).containsExactly("Bo Ek", "Anna Lind");
        assertThat(after.followUps()).extracting(FollowUp::description)
                .containsExactly("Boka lokal", "Skicka underlag till RUS", "Bjud in Teknikcollege");
        assertThat(after.followUps().get(0).doneOn()).isEqualTo(TODAY);
        assertThat(after.followUps().get(1).id()).isEqualTo(send.id());
        assertThat(forums.meeting(after.meeting().id())).contains(after);
        var audited = workspace.read(s -> s.audit().forRecord("forum_meeting", after.meeting().id()));
        assertThat(audited).hasSize(2);
    }

    @Test
    void aMeetingEndingBeforeItStartsOrWithoutAStartIsRefusedAtTheEndTime() {
        var backwards = new ForumMeeting(0, council, TODAY, LocalTime.of(14, 0), LocalTime.of(13, 0), null, null,
                List.of());
        var noStart = new ForumMeeting(0, council, TODAY, null, LocalTime.of(13, 0), null, null, List.of());

        assertThat(forums.validateMeeting(backwards, List.of()).errors())
                .containsExactly(new FieldError(ForumService.MEETING_END, "ui.workshop.validation.endBeforeStart"));
        assertThat(forums.validateMeeting(noStart, List.of()).errors())
                .containsExactly(new FieldError(ForumService.MEETING_END, "ui.validation.endWithoutStart"));
        assertThatThrownBy(() -> forums.logMeeting(backwards, List.of())).isInstanceOf(ValidationException.class);
        assertThat(forums.meetings(council)).isEmpty();
    }

    @Test
    void aFollowUpWithoutDueDayIsReportedAtItsRowAndNothingIsChanged() {
        forums.logMeeting(new ForumMeeting(0, council, TODAY, null, null, null, null, List.of(anna)),
                List.of(followUp(0, "Skicka underlag", TODAY.plusDays(7))));
        MeetingRow logged = only();

        assertThatThrownBy(() -> forums.updateMeeting(new ForumMeeting(logged.meeting().id(), council, TODAY, null, null,
                "Ändrat", null, List.of()), List.of(logged.followUps().get(0), followUp(0, "Utan datum", null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.result().errors())
                        .containsExactly(new FieldError("followUps[1].dueDate", "ui.validation.required")));
        assertThat(only()).isEqualTo(logged);
    }
}
