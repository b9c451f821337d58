package se.samverkan.service.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.Relationship;
import se.samverkan.service.Workspace;

/** Creating and changing the ties between people and organisations. */
public final class RelationshipService {

    public static final Set<String> KINDS =
            Set.of("WORKS_AT", "SITS_IN", "KNOWS", "COOPERATES_WITH", "FUNDS", "MEMBER_OF", "OTHER");

    private final Workspace workspace;
    private final Clock clock;

    public RelationshipService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public Relationship create(Relationship relationship, String notes) {
        validate(relationship, notes);
        return workspace.inTransaction(s -> s.relationships().create(relationship, notes));
    }

    public Relationship update(Relationship relationship, String notes) {
        validate(relationship, notes);
        return workspace.inTransaction(s -> s.relationships().update(relationship, notes));
    }

    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.relationships().delete(id);
            return null;
        });
    }

    /** The relationship's notes ("" when none), kept beside the record and read when it is edited. */
    public String notes(long id) {
        return workspace.read(s -> s.relationships().notes(id)).orElse("");
    }

    public List<Relationship> of(PartyRef party) {
        return workspace.read(s -> s.relationships().of(party));
    }

    void validate(Relationship r, String notes) {
        FieldChecks checks = new FieldChecks();
        boolean fromSet = (r.fromPersonId() == null) != (r.fromOrgId() == null);
        boolean toSet = (r.toPersonId() == null) != (r.toOrgId() == null);
        checks.require(fromSet, "from", FieldProblem.REQUIRED);
        checks.require(toSet, "to", FieldProblem.REQUIRED);
        if (fromSet && toSet) {
            PartyRef from = new PartyRef(r.fromPersonId(), r.fromOrgId());
            PartyRef to = new PartyRef(r.toPersonId(), r.toOrgId());
            checks.require(!from.equals(to), "to", FieldProblem.SAME_PARTY);
        }
        checks.require(r.kind() != null, "kind", FieldProblem.REQUIRED);
        if (r.kind() != null) {
            checks.require(KINDS.contains(r.kind()), "kind", FieldProblem.OUT_OF_RANGE);
        }
        checks.scale(r.strength(), "strength");
        if (r.since() != null) {
            checks.require(!r.since().isAfter(LocalDate.now(clock)), "since", FieldProblem.IN_THE_FUTURE);
        }
        if (r.endedOn() != null) {
            checks.require(!r.endedOn().isAfter(LocalDate.now(clock)), "endedOn", FieldProblem.IN_THE_FUTURE);
            checks.require(r.since() == null || !r.endedOn().isBefore(r.since()), "endedOn", FieldProblem.BEFORE_START);
        }
        checks.text(notes, "notes", 4000, false);
        checks.throwIfAny();
    }
}
