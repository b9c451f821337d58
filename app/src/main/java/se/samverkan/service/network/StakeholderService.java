package se.samverkan.service.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.service.Workspace;

/** Stakeholder assessments: every reassessment is kept, the latest one is current. */
public final class StakeholderService {

    private final Workspace workspace;
    private final Clock clock;

    public StakeholderService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Adds an assessment; a null day means today. */
    public StakeholderAssessment assess(PartyRef party, int influence, int interest, LocalDate on, String note) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        FieldChecks checks = new FieldChecks();
        checks.scale(influence, "influence");
        checks.scale(interest, "interest");
        // A judgement is about what is known now; one dated ahead would silently win "latest" later.
        checks.require(!day.isAfter(LocalDate.now(clock)), "assessedOn", FieldProblem.IN_THE_FUTURE);
        checks.text(note, "note", 2000, false);
        checks.throwIfAny();
        var assessment = new StakeholderAssessment(0, party.personId(), party.organisationId(), influence, interest, day, note);
        return workspace.inTransaction(s -> s.assessments().add(assessment));
    }

    public Optional<StakeholderAssessment> current(PartyRef party) {
        return workspace.read(s -> s.assessments().current(party));
    }

    /** Every assessed party where its latest assessment places it, for the influence/interest grid. */
    public List<se.samverkan.domain.StakeholderPosition> positions() {
        return workspace.read(s -> s.assessments().currentPositions());
    }

    /** Every assessment of the party, newest first. */
    public List<StakeholderAssessment> history(PartyRef party) {
        return workspace.read(s -> s.assessments().history(party));
    }
}
