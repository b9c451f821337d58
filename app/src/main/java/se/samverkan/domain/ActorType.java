package se.samverkan.domain;

/** A kind of organisation (Region, Kommun, Företag, …): its code and its name in the window's language. */
public record ActorType(String code, String name) {
}
