package se.samverkan.service.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an import does with a row that matches a record already there ({@code --on-duplicate}). */
public enum OnDuplicate {
    /** Leave the existing record as it is (the default: an import never changes what the user has without asking). */
    SKIP,
    /** Fill the existing record with the row's values; what the row leaves empty stays as it was. */
    UPDATE,
    /** Create a new record all the same. */
    CREATE;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnDuplicate> fromCliName(String name) {
        return Arrays.stream(values()).filter(v -> v.cliName().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }
}
