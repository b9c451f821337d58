package se.samverkan.domain;

/** A party of the network map: a person or an organisation, by id. */
public record NodeRef(Kind kind, long id) {

    /** What the node stands for. */
    public enum Kind { PERSON, ORGANISATION }

    public static NodeRef person(long id) {
        return new NodeRef(Kind.PERSON, id);
    }

    public static NodeRef organisation(long id) {
        return new NodeRef(Kind.ORGANISATION, id);
    }
}
