package se.samverkan.domain;

/** A record offered in a list to pick from (an organisation, a forum, a person): its id and what the list shows. */
public record Choice(long id, String name) {
}
