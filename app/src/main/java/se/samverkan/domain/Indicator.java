package se.samverkan.domain;

/**
 * A measurable indicator under an operational goal.
 *
 * @param unit        COUNT, PERCENT, SEK or YES_NO
 * @param direction   HIGHER or LOWER (is better)
 * @param source      MANUAL, IMPORTED or DERIVED (counted from the records by {@code derivedRule})
 * @param derivedRule what the app counts for a DERIVED indicator, null otherwise
 */
public record Indicator(long id, int operationalGoalId, String code, String nameSv, String nameEn, String unit,
                        String direction, boolean genderSplit, String source, String derivedRule, boolean active) {

    public boolean derived() {
        return "DERIVED".equals(source);
    }

    public boolean lowerIsBetter() {
        return "LOWER".equals(direction);
    }

    /** Counts and money add up over a period, so their targets are pro-rated; shares and yes/no are levels. */
    public boolean cumulative() {
        return "COUNT".equals(unit) || "SEK".equals(unit);
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
    }
}
