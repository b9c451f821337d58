package se.samverkan.domain;

/**
 * How a target is going, pro rata to the part of its period that has passed (decision 0015). {@code NO_DATA} when
 * there is no target, or no outcome for an indicator typed by hand.
 */
public enum StatusLevel {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA
}
