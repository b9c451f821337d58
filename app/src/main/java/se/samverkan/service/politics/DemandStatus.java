package se.samverkan.service.politics;

import java.util.EnumSet;
import java.util.Set;

/**
 * A demand's life (seed 002): an idea, anchored with the Social Democratic group, driven, decided, then implemented —
 * or rejected on the way. A saved demand moves forward any number of steps (the coordinator often hears late), one
 * step back to correct a slip, to rejected before it is implemented, and from rejected back to an idea to raise it
 * again.
 */
public enum DemandStatus {
    IDEA, ANCHORED, DRIVEN, DECIDED, IMPLEMENTED, REJECTED;

    /** Whether a saved demand in this status may be saved as {@code next}. */
    public boolean canBecome(DemandStatus next) {
        return next == this || allowed().contains(next);
    }

    private Set<DemandStatus> allowed() {
        return switch (this) {
            case IDEA -> EnumSet.of(ANCHORED, DRIVEN, DECIDED, IMPLEMENTED, REJECTED);
            case ANCHORED -> EnumSet.of(IDEA, DRIVEN, DECIDED, IMPLEMENTED, REJECTED);
            case DRIVEN -> EnumSet.of(ANCHORED, DECIDED, IMPLEMENTED, REJECTED);
            case DECIDED -> EnumSet.of(DRIVEN, IMPLEMENTED, REJECTED);
            case IMPLEMENTED -> EnumSet.of(DECIDED);
            case REJECTED -> EnumSet.of(IDEA);
        };
    }

    /** Whether the demand has been decided on (for or against), so it needs the day of the decision. */
    public boolean needsDecisionDay() {
        return this == DECIDED || this == IMPLEMENTED || this == REJECTED;
    }

    public static DemandStatus of(String code) {
        return code == null ? IDEA : valueOf(code);
    }
}
