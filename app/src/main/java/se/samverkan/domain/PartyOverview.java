package se.samverkan.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything the detail pane shows below a person's or organisation's fields: relationships, logged contacts,
 * assessments and relationship health.
 *
 * @param interactions newest first
 * @param assessments  newest first; the first is the current one
 * @param health       null when the party has no relationship (health is judged for relations only)
 */
public record PartyOverview(PartyRef party, String name, List<RelationEntry> relations,
                            List<ContactEntry> interactions, List<StakeholderAssessment> assessments,
                            RelationshipHealth health) {

    public PartyOverview {
        Objects.requireNonNull(party, "party");
        relations = List.copyOf(relations);
        interactions = List.copyOf(interactions);
        assessments = List.copyOf(assessments);
    }

    /** A relationship seen from the party: the other side by name, the owning branch by name (null: the coordinator). */
    public record RelationEntry(Relationship relationship, PartyRef other, String otherName, String otherDetail,
                                String ownerBranchName) {
    }

    /** A logged interaction with every participant's name, in the order they were logged. */
    public record ContactEntry(InteractionLog log, List<Named> participants) {
        public ContactEntry {
            participants = List.copyOf(participants);
        }
    }

    /** A party with its name. */
    public record Named(PartyRef party, String name) {
    }
}
