package se.samverkan.service.workshops;

import java.util.EnumSet;
import java.util.Set;

/** A workshop's life: idea → planned → held, or cancelled on the way (and re-opened from cancelled). */
public enum WorkshopStatus {
    IDEA, PLANNED, HELD, CANCELLED;

    /** Whether a saved workshop in this status may be saved as {@code next}. A held workshop stays held. */
    public boolean canBecome(WorkshopStatus next) {
        return next == this || allowed().contains(next);
    }

    private Set<WorkshopStatus> allowed() {
        return switch (this) {
            case IDEA, PLANNED -> EnumSet.of(IDEA, PLANNED, HELD, CANCELLED);
            case HELD -> EnumSet.of(HELD);
            case CANCELLED -> EnumSet.of(IDEA, PLANNED);
        };
    }

    /** Whether the workshop needs a date in this status (a plan is dated; an idea or a cancellation need not be). */
    public boolean needsDate() {
        return this == PLANNED || this == HELD;
    }

    public static WorkshopStatus of(String code) {
        return code == null ? IDEA : valueOf(code);
    }
}
