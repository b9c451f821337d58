package se.samverkan.domain;

/** The kinds of record counted by {@code info} and the home screen, in the order shared/CLI.md lists them. */
public enum RecordKind {
    BRANCHES("branches"),
    PEOPLE("people"),
    ORGANISATIONS("organisations"),
    RELATIONSHIPS("relationships"),
    INTERACTIONS("interactions"),
    FORUMS("forums"),
    SEATS("seats"),
    WORKSHOPS("workshops"),
    INDICATORS("indicators"),
    TARGETS("targets"),
    OUTCOMES("outcomes"),
    DEMANDS("demands"),
    FUNDING_PROJECTS("funding_projects"),
    AUDIT_ENTRIES("audit_entries");

    private final String cliName;

    RecordKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name printed by {@code info} and used as a resource key suffix. */
    public String cliName() {
        return cliName;
    }
}
