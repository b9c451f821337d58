package se.samverkan.service.funding;

import java.util.EnumSet;
import java.util.Set;

/**
 * A project's life: idea → applied → granted → running → closed, or rejected after applying. A step back is allowed
 * where it corrects a real-life turn (an application withdrawn becomes an idea again; a rejected idea is reworked);
 * a closed project stays closed.
 */
public enum FundingStatus {
    IDEA, APPLIED, GRANTED, RUNNING, CLOSED, REJECTED;

    /** Whether a saved project in this status may be saved as {@code next}. */
    public boolean canBecome(FundingStatus next) {
        return next == this || allowed().contains(next);
    }

    private Set<FundingStatus> allowed() {
        return switch (this) {
            case IDEA -> EnumSet.of(APPLIED);
            case APPLIED -> EnumSet.of(IDEA, GRANTED, REJECTED);
            case GRANTED -> EnumSet.of(RUNNING, CLOSED);
            case RUNNING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(FundingStatus.class);
            case REJECTED -> EnumSet.of(IDEA);
        };
    }

    public static FundingStatus of(String code) {
        return code == null ? IDEA : valueOf(code);
    }
}
