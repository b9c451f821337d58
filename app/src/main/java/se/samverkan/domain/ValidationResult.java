package se.samverkan.domain;

import java.util.List;
import java.util.Optional;

/** The outcome of validating a form: no errors means it may be saved. */
public record ValidationResult(List<FieldError> errors) {

    public ValidationResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The first problem of {@code field}, if any: a form shows one message per field. */
    public Optional<String> messageFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::messageKey).findFirst();
    }
}
