package se.samverkan.domain;

/** What a calendar event is. */
public enum CalendarEventKind {
    WORKSHOP("workshop"),
    FORUM_MEETING("forum-meeting");

    private final String uidPrefix;

    CalendarEventKind(String uidPrefix) {
        this.uidPrefix = uidPrefix;
    }

    public String uidPrefix() {
        return uidPrefix;
    }
}
