package se.samverkan.service.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.samverkan.domain.FollowUp;
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.Interaction;
import se.samverkan.domain.InteractionLog;
import se.samverkan.domain.PartyRef;
import se.samverkan.service.Workspace;

/** Logging contacts with the network and following them up. */
public final class InteractionService {

    /** Meetings are logged afterwards or booked a little ahead; a date beyond a year is a typing mistake. */
    public static final int MAX_DAYS_AHEAD = 365;
    public static final Set<String> KINDS = Set.of("MEETING", "DIGITAL_MEETING", "CALL", "EMAIL", "OTHER");

    private final Workspace workspace;
    private final Clock clock;

    public InteractionService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Validates and stores the interaction with its participants and follow-ups. */
    public InteractionLog log(InteractionLog log) {
        validate(log);
        return workspace.inTransaction(s -> s.interactions().log(log));
    }

    /** Validates and stores a changed interaction (participants and follow-ups as listed; see the repository). */
    public InteractionLog update(InteractionLog log) {
        validate(log);
        return workspace.inTransaction(s -> s.interactions().update(log));
    }

    public FollowUp markDone(long followUpId) {
        LocalDate today = LocalDate.now(clock);
        return workspace.inTransaction(s -> s.interactions().markDone(followUpId, today));
    }

    public void delete(long interactionId) {
        workspace.inTransaction(s -> {
            s.interactions().delete(interactionId);
            return null;
        });
    }

    /** The party's interactions, newest first. */
    public List<InteractionLog> of(PartyRef party) {
        return workspace.read(s -> s.interactions().of(party));
    }

    /** Open follow-ups due within {@code days} from today, the overdue ones first (oldest due date first). */
    public List<FollowUpDue> followUpsDue(int days) {
        LocalDate until = LocalDate.now(clock).plusDays(days);
        return workspace.read(s -> s.home(Locale.ROOT).followUpsDue(until));
    }

    void validate(InteractionLog log) {
        LocalDate today = LocalDate.now(clock);
        Interaction in = log.interaction();
        FieldChecks checks = new FieldChecks();
        checks.require(in.occurredOn() != null, "occurredOn", FieldProblem.REQUIRED);
        if (in.occurredOn() != null) {
            checks.require(!in.occurredOn().isAfter(today.plusDays(MAX_DAYS_AHEAD)), "occurredOn", FieldProblem.TOO_FAR_AHEAD);
        }
        checks.require(in.kind() != null, "kind", FieldProblem.REQUIRED);
        if (in.kind() != null) {
            checks.require(KINDS.contains(in.kind()), "kind", FieldProblem.OUT_OF_RANGE);
        }
        checks.text(in.topic(), "topic", 300, true);
        checks.text(in.notes(), "notes", 8000, false);
        checks.require(!log.participants().isEmpty(), "participants", FieldProblem.REQUIRED);
        checks.followUps(log.followUps());
        checks.throwIfAny();
    }
}
