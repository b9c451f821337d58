package se.samverkan.domain;

/** A validation problem located at one form field; {@code messageKey} is a bundle key the window shows next to it. */
public record FieldError(String field, String messageKey) {
}
