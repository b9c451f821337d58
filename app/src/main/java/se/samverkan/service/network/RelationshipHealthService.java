package se.samverkan.service.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.samverkan.domain.PartyContactFacts;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.domain.RelationshipHealthStatus;
import se.samverkan.service.Workspace;

/** Relationship health of every party with a relationship, and the important relations going cold. */
public final class RelationshipHealthService {

    private final Workspace workspace;
    private final Clock clock;
    private final RelationshipHealthPolicy policy;

    public RelationshipHealthService(Workspace workspace, Clock clock) {
        this(workspace, clock, new RelationshipHealthPolicy());
    }

    public RelationshipHealthService(Workspace workspace, Clock clock, RelationshipHealthPolicy policy) {
        this.workspace = workspace;
        this.clock = clock;
        this.policy = policy;
    }

    /** Health of every party that has at least one relationship, in no particular order. */
    public List<RelationshipHealth> all() {
        LocalDate today = LocalDate.now(clock);
        List<PartyContactFacts> facts = workspace.read(s -> s.contactFacts().partiesWithRelationships(today));
        return facts.stream().map(f -> policy.assess(f, today)).toList();
    }

    /**
     * Important relations (influence or strength from 4) that are COLD or WATCH and were contacted within the last
     * twelve months, the most overdue first. A relation without contact for a year has already gone cold, and one
     * never contacted was never warm: both belong in the network view, not in a list of what to save in time.
     */
    public List<RelationshipHealth> goingCold(int limit) {
        return goingCold(all(), limit);
    }

    /** The going-cold selection of {@link #goingCold(int)} over given health; ties go to the more influential. */
    public static List<RelationshipHealth> goingCold(List<RelationshipHealth> all, int limit) {
        Comparator<RelationshipHealth> order = Comparator
                .comparing(RelationshipHealth::overdueDays, Comparator.reverseOrder())
                .thenComparing(RelationshipHealth::influence, Comparator.reverseOrder())
                .thenComparing(RelationshipHealth::name);
        return all.stream()
                .filter(RelationshipHealth::important)
                .filter(h -> h.status() != RelationshipHealthStatus.GOOD)
                .filter(h -> h.contactsInYear() > 0)
                .sorted(order)
                .limit(limit)
                .toList();
    }
}
