package se.samverkan.domain;

/**
 * The four quadrants of the influence/interest grid (Mendelow) and how to treat a stakeholder in each. High means
 * from {@value #HIGH} on the 1–5 scale, the same line from which relationship health counts a relation as important.
 */
public enum StakeholderQuadrant {
    /** High influence, high interest. */
    MANAGE_CLOSELY,
    /** High influence, low interest. */
    KEEP_SATISFIED,
    /** Low influence, high interest. */
    KEEP_INFORMED,
    /** Low influence, low interest. */
    MONITOR;

    public static final int HIGH = RelationshipHealth.IMPORTANT;

    public static StakeholderQuadrant of(int influence, int interest) {
        boolean influential = influence >= HIGH;
        boolean interested = interest >= HIGH;
        if (influential) {
            return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interested ? KEEP_INFORMED : MONITOR;
    }
}
