package se.samverkan.domain;

/** The kinds of record the global search looks in, in the order its results are grouped. */
public enum SearchKind {
    PERSON, ORGANISATION, FORUM, WORKSHOP
}
