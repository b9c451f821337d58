package se.samverkan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a branch did and holds besides its goal figures, as the branch-board report shows it: its forum seats, its
 * workshops in and after the period, its key relationships and recent interactions, and (only when asked for, being
 * special-category data) its members in political office.
 */
public record BranchActivity(List<Seat> seats, List<WorkshopLine> workshops, List<KeyRelation> relations,
                             List<RecentInteraction> interactions, List<MemberInOffice> membersInOffice) {

    public BranchActivity {
        seats = List.copyOf(seats);
        workshops = List.copyOf(workshops);
        relations = List.copyOf(relations);
        interactions = List.copyOf(interactions);
        membersInOffice = List.copyOf(membersInOffice);
    }

    /** A seat that represents the branch. {@code role} is the code (ORDINARY, DEPUTY, CHAIR, COOPTED). */
    public record Seat(String forumName, String forumType, String personName, String role, LocalDate termFrom,
                       LocalDate termTo) {
    }

    /** A workshop the branch takes part in; the participation is the branch's own (zeros when none reported). */
    public record WorkshopLine(String title, String typeName, String status, LocalDate heldOn, int women, int men,
                               int other) {
    }

    /** A relationship the branch owns. {@code kind} is the code (KNOWS, COOPERATES_WITH, …). */
    public record KeyRelation(String fromName, String toName, String kind, int strength, LocalDate since) {
    }

    /** An interaction logged for the branch: when, how, about what, with whom (its notes stay out). */
    public record RecentInteraction(LocalDate occurredOn, String kind, String topic, List<String> with) {

        public RecentInteraction {
            with = List.copyOf(with);
        }
    }

    /** A union member of the branch holding a political office on the report's day. */
    public record MemberInOffice(String personName, String body, String role, String party) {
    }
}
