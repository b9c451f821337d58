package se.samverkan.domain;

/** How warm a relationship is kept, judged from logged interactions against the expected cadence. */
public enum RelationshipHealthStatus {
    GOOD, WATCH, COLD
}
