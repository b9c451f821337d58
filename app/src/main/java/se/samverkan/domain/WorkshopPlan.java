package se.samverkan.domain;

import java.util.List;

/**
 * Everything the coordinator edits about one workshop: the record itself (branches invited, linked goals), its
 * agenda in order, its materials checklist and, once held, the participants per branch.
 */
public record WorkshopPlan(Workshop workshop, List<AgendaItem> agenda, List<MaterialItem> materials,
                           List<Participation> participants) {
    public WorkshopPlan {
        agenda = List.copyOf(agenda);
        materials = List.copyOf(materials);
        participants = List.copyOf(participants);
    }
}
