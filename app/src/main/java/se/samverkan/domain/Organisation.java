package se.samverkan.domain;

/** An actor of the network (Region, municipality, company, …) typed by an actor_type code. */
public record Organisation(long id, String name, String actorType, String countyCode, String municipalityCode,
                           String email, String phone, String website) {
}
