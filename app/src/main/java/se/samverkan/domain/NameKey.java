package se.samverkan.domain;

/** What the global search matches a record on (a person's name and e-mail, an organisation's name), with its id. */
public record NameKey(long id, String text) {
}
