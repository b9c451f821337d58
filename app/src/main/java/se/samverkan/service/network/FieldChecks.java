package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.service.network.NetworkValidationException.FieldError;
import se.samverkan.service.network.NetworkValidationException.Problem;

/** Collects field errors of one input and throws them together. */
final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    void require(boolean ok, String field, Problem problem) {
        if (!ok) {
            errors.add(new FieldError(field, problem));
        }
    }

    void text(String value, String field, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            require(!required, field, Problem.REQUIRED);
        } else {
            require(value.length() <= maxLength, field, Problem.TOO_LONG);
        }
    }

    void scale(int value, String field) {
        require(value >= 1 && value <= 5, field, Problem.OUT_OF_RANGE);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new NetworkValidationException(errors);
        }
    }
}
