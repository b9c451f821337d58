package se.samverkan.domain;

import java.util.List;
import java.util.Objects;

/** An interaction together with who took part and the follow-ups it led to. */
public record InteractionLog(Interaction interaction, List<PartyRef> participants, List<FollowUp> followUps) {

    public InteractionLog {
        Objects.requireNonNull(interaction, "interaction");
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps);
    }
}
