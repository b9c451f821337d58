package se.samverkan.service.forums;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumFilter;
import se.samverkan.domain.ForumMeeting;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.ForumType;
import se.samverkan.domain.MeetingRow;
import se.samverkan.domain.Seat;
import se.samverkan.domain.SeatRow;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.FieldChecks;
import se.samverkan.service.network.FieldProblem;
import se.samverkan.service.network.ValidationException;

/** The forum registry: forums, their seats and meetings; validated at the fields and audited by the store. */
public final class ForumService {

    public static final String NAME = "name";
    public static final String TYPE = "forumType";
    public static final String LEVEL = "level";
    public static final String RHYTHM = "meetingRhythm";
    public static final String PERSON = "person";
    public static final String REPRESENTS = "represents";
    public static final String BRANCH = "branch";
    public static final String ROLE = "role";
    public static final String TERM_FROM = "termFrom";
    public static final String TERM_TO = "termTo";
    public static final String DATE = "date";
    /** A meeting's end time (before its start is reported here). */
    public static final String MEETING_END = "endTime";
    /** Where problems with the follow-up list as a whole are reported; a row's under {@link FieldChecks#followUpField}. */
    public static final String FOLLOW_UPS = "followUps";
    public static final Set<String> LEVELS = Set.of("MUNICIPALITY", "REGION", "NUTS", "NATIONAL");
    /** In the order the form offers them. */
    public static final List<String> REPRESENTING = List.of("BRANCH", "UNION", "LO", "OTHER");
    public static final List<String> ROLES = List.of("ORDINARY", "DEPUTY", "CHAIR", "COOPTED");

    private final Workspace workspace;
    private final Locale locale;
    private final Clock clock;

    public ForumService(Workspace workspace, Locale locale, Clock clock) {
        this.workspace = workspace;
        this.locale = locale;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ForumType> types() {
        return workspace.read(s -> s.forums(locale).types());
    }

    public List<ForumRow> list(ForumFilter filter) {
        LocalDate today = today();
        return workspace.read(s -> s.forums(locale).list(filter, today));
    }

    public Optional<Forum> find(long id) {
        return workspace.read(s -> s.forums(locale).find(id));
    }

    public ValidationResult validate(Forum forum) {
        return checks(forum).result();
    }

    private static FieldChecks checks(Forum forum) {
        FieldChecks checks = new FieldChecks();
        checks.text(forum.name(), NAME, 200, true);
        checks.text(forum.forumType(), TYPE, 40, true);
        checks.require(forum.level() != null, LEVEL, FieldProblem.REQUIRED);
        checks.require(forum.level() == null || LEVELS.contains(forum.level()), LEVEL, FieldProblem.OUT_OF_RANGE);
        checks.text(forum.meetingRhythm(), RHYTHM, 100, false);
        return checks;
    }

    /** Creates ({@code id} 0) or updates a forum. Throws {@link ValidationException}. */
    public Forum save(Forum forum) {
        checks(forum).throwIfAny();
        Forum clean = new Forum(forum.id(), forum.name().strip(), forum.forumType(), forum.level(), forum.nutsCode(),
                forum.countyCode(), forum.municipalityCode(), forum.convenorOrgId(), blankToNull(forum.meetingRhythm()),
                forum.unionInitiated());
        return workspace.inTransaction(s -> {
            var forums = s.forums(locale);
            return clean.id() == 0 ? forums.create(clean, null) : forums.update(clean, forums.notes(clean.id()));
        });
    }

    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.forums(locale).delete(id);
            return null;
        });
    }

    public List<SeatRow> seats(long forumId) {
        return workspace.read(s -> s.forums(locale).seats().ofForum(forumId));
    }

    public Optional<Seat> findSeat(long id) {
        return workspace.read(s -> s.forums(locale).seats().find(id));
    }

    public ValidationResult validate(Seat seat) {
        return checks(seat).result();
    }

    private static FieldChecks checks(Seat seat) {
        FieldChecks checks = new FieldChecks();
        checks.require(seat.personId() > 0, PERSON, FieldProblem.REQUIRED);
        checks.require(seat.represents() != null, REPRESENTS, FieldProblem.REQUIRED);
        checks.require(seat.represents() == null || REPRESENTING.contains(seat.represents()), REPRESENTS,
                FieldProblem.OUT_OF_RANGE);
        checks.require(!"BRANCH".equals(seat.represents()) || seat.representsBranchId() != null, BRANCH,
                FieldProblem.REQUIRED);
        checks.require(seat.role() != null, ROLE, FieldProblem.REQUIRED);
        checks.require(seat.role() == null || ROLES.contains(seat.role()), ROLE, FieldProblem.OUT_OF_RANGE);
        checks.require(seat.termFrom() != null, TERM_FROM, FieldProblem.REQUIRED);
        checks.require(seat.termFrom() == null || seat.termTo() == null || !seat.termTo().isBefore(seat.termFrom()),
                TERM_TO, FieldProblem.BEFORE_START);
        return checks;
    }

    /** Creates ({@code id} 0) or updates a seat. Throws {@link ValidationException}. */
    public Seat save(Seat seat) {
        checks(seat).throwIfAny();
        return workspace.inTransaction(s -> seat.id() == 0 ? s.forums(locale).seats().create(seat)
                : s.forums(locale).seats().update(seat));
    }

    /** Ends a seat's term on {@code day} (kept in the history, no longer current after that day). */
    public Seat endSeat(long seatId, LocalDate day) {
        return workspace.inTransaction(s -> {
            var seats = s.forums(locale).seats();
            Seat seat = seats.find(seatId).orElseThrow(() -> new IllegalArgumentException("no seat " + seatId));
            LocalDate end = day.isBefore(seat.termFrom()) ? seat.termFrom() : day;
            return seats.update(new Seat(seat.id(), seat.forumId(), seat.personId(), seat.represents(),
                    seat.representsBranchId(), seat.role(), seat.termFrom(), end));
        });
    }

    public void deleteSeat(long seatId) {
        workspace.inTransaction(s -> {
            s.forums(locale).seats().delete(seatId);
            return null;
        });
    }

    public List<MeetingRow> meetings(long forumId) {
        return workspace.read(s -> s.forums(locale).meetings().ofForum(forumId));
    }

    /** One logged meeting with its attendees' names and follow-ups. */
    public java.util.Optional<MeetingRow> meeting(long id) {
        return workspace.read(s -> s.forums(locale).meetings().find(id));
    }

    /**
     * Logs a meeting with its attendees, decisions and follow-ups (each with a due date; they show on the home
     * screen with the contacts' follow-ups). Throws {@link ValidationException}.
     */
    public ForumMeeting logMeeting(ForumMeeting meeting, List<FollowUp> followUps) {
        checks(meeting, followUps).throwIfAny();
        return workspace.inTransaction(s -> s.forums(locale).meetings().create(meeting, followUps));
    }

    /**
     * Changes a logged meeting: day, times, attendees, notes, decisions and follow-ups (a follow-up already marked done
     * keeps its done day). Throws {@link ValidationException}.
     */
    public ForumMeeting updateMeeting(ForumMeeting meeting, List<FollowUp> followUps) {
        checks(meeting, followUps).throwIfAny();
        return workspace.inTransaction(s -> s.forums(locale).meetings().update(meeting, followUps));
    }

    public ValidationResult validateMeeting(ForumMeeting meeting, List<FollowUp> followUps) {
        return checks(meeting, followUps).result();
    }

    private static FieldChecks checks(ForumMeeting meeting, List<FollowUp> followUps) {
        FieldChecks checks = new FieldChecks();
        checks.require(meeting.meetingDate() != null, DATE, FieldProblem.REQUIRED);
        checks.require(meeting.startTime() == null || meeting.endTime() == null
                || meeting.endTime().isAfter(meeting.startTime()), MEETING_END, FieldProblem.END_BEFORE_START);
        checks.require(meeting.endTime() == null || meeting.startTime() != null, MEETING_END,
                FieldProblem.END_WITHOUT_START);
        checks.text(meeting.notes(), "notes", 4000, false);
        checks.text(meeting.decisions(), "decisions", 4000, false);
        checks.followUps(followUps);
        return checks;
    }

    public void deleteMeeting(long id) {
        workspace.inTransaction(s -> {
            s.forums(locale).meetings().delete(id);
            return null;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
