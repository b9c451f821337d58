package se.samverkan.domain;

/** A measurable indicator under an operational goal; unit COUNT/PERCENT/SEK/YES_NO, source MANUAL/IMPORTED/DERIVED. */
public record Indicator(long id, int operationalGoalId, String code, String unit, boolean genderSplit, String source) {
}
