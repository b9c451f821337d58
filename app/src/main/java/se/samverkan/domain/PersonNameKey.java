package se.samverkan.domain;

/** What the global search matches a person on: the name and e-mail address as one text, with the person's id. */
public record PersonNameKey(long id, String text) {
}
