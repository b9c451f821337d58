package se.samverkan.domain;

/** A record that may be the same as one about to be saved, and why: SAME_EMAIL, SAME_NAME_SAME_ORG or SIMILAR_NAME. */
public record DuplicateCandidate(long id, String name, String detail, Reason reason) {

    public enum Reason { SAME_EMAIL, SAME_NAME_SAME_ORG, SIMILAR_NAME }
}
