package se.samverkan.ui.people;

import java.util.Map;

/** The label (bundle key) of each person field by its service field name, for merge dialogs and messages. */
final class PersonFields {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("firstName", "ui.people.field.firstName"),
            Map.entry("lastName", "ui.people.field.lastName"),
            Map.entry("title", "ui.detail.title"),
            Map.entry("organisation", "ui.detail.organisation"),
            Map.entry("branch", "ui.detail.branch"),
            Map.entry("email", "ui.detail.email"),
            Map.entry("phone", "ui.detail.phone"),
            Map.entry("municipality", "ui.detail.municipality"),
            Map.entry("unionMember", "ui.detail.union_member"),
            Map.entry("unionRole", "ui.detail.union_role"),
            Map.entry("verifyBy", "ui.people.col.verifyBy"));

    private PersonFields() {
    }

    static String labelKey(String field) {
        return LABELS.getOrDefault(field, "ui.detail.notes");
    }

    /** Union membership and role: special-category data, marked wherever shown. */
    static boolean sensitive(String field) {
        return field.equals("unionMember") || field.equals("unionRole");
    }
}
