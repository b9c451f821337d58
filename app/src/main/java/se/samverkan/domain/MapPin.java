package se.samverkan.domain;

/** Where the coordinator pinned a person or an organisation on the network map (map coordinates). */
public record MapPin(PartyRef party, double x, double y) {
}
