package se.samverkan.domain;

import java.util.Objects;

/**
 * One labelled value of a {@link RecordDetail}.
 *
 * @param labelKey   resource-bundle key of the label
 * @param value      the value as text, or a resource-bundle key when {@code valueIsKey}
 * @param valueIsKey whether {@code value} is a key to translate (enum codes such as a seat's role)
 * @param sensitive  special-category data (GDPR art. 9: union membership, political offices) that the window marks
 */
public record DetailField(String labelKey, String value, boolean valueIsKey, boolean sensitive) {

    public DetailField {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
    }

    public static DetailField text(String labelKey, String value) {
        return new DetailField(labelKey, value, false, false);
    }

    public static DetailField coded(String labelKey, String valueKey) {
        return new DetailField(labelKey, valueKey, true, false);
    }

    public static DetailField sensitive(String labelKey, String value, boolean valueIsKey) {
        return new DetailField(labelKey, value, valueIsKey, true);
    }
}
