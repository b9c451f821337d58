package se.samverkan.service.network;

import se.samverkan.domain.ValidationResult;

/** Thrown by a save whose input does not validate; the window shows {@link #result()} at the fields. */
public final class ValidationException extends RuntimeException {

    private final transient ValidationResult result;

    public ValidationException(ValidationResult result) {
        super("invalid input: " + result.errors().size() + " field(s)");
        this.result = result;
    }

    public ValidationResult result() {
        return result;
    }
}
