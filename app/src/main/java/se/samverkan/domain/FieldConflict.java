package se.samverkan.domain;

/**
 * A field two records give different values for, in a merge: its name (a field name of the people service) and the
 * two values as the window shows them ({@code valuesAreKeys}: bundle keys such as yes/no).
 */
public record FieldConflict(String field, String keptValue, String otherValue, boolean valuesAreKeys) {
}
