package se.samverkan.domain;

/** What the forum list is narrowed to; null or blank means "all". */
public record ForumFilter(String text, String forumType, String level, String countyCode) {

    public static ForumFilter all() {
        return new ForumFilter(null, null, null, null);
    }
}
