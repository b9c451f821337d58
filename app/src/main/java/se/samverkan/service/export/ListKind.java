package se.samverkan.service.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lists {@code export} can write so far; each area adds its list as it lands (shared/CLI.md). */
public enum ListKind {
    PEOPLE("people"),
    ORGANISATIONS("organisations"),
    BRANCHES("branches"),
    RELATIONSHIPS("relationships"),
    INTERACTIONS("interactions"),
    FORUMS("forums"),
    SEATS("seats"),
    WORKSHOPS("workshops"),
    DEMANDS("demands"),
    FUNDING("funding");

    private final String cliName;

    ListKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * Whether the list has columns only written when the user asks: special-category data (people's union
     * membership and political offices) or free-text notes about people (relationships, interactions).
     */
    public boolean hasSensitiveColumns() {
        return this == PEOPLE || this == RELATIONSHIPS || this == INTERACTIONS;
    }

    public static Optional<ListKind> fromCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
