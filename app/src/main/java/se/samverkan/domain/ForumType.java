package se.samverkan.domain;

/** A kind of samverkansforum; {@code keyForum} marks the types every branch should have a seat in (decision 0012). */
public record ForumType(String code, String name, boolean keyForum) {
}
