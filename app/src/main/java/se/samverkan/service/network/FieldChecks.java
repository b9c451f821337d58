package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.ValidationResult;

/**
 * Collects the field errors of one input and throws them together as a {@link ValidationException}, so a form can
 * mark every wrong field at once. Field names and message keys only: never the entered values (personal data).
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    public void require(boolean ok, String field, FieldProblem problem) {
        if (!ok) {
            errors.add(new FieldError(field, problem.messageKey()));
        }
    }

    public void text(String value, String field, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            require(!required, field, FieldProblem.REQUIRED);
        } else {
            require(value.length() <= maxLength, field, FieldProblem.TOO_LONG);
        }
    }

    public void scale(int value, String field) {
        require(value >= 1 && value <= 5, field, FieldProblem.OUT_OF_RANGE);
    }

    /** The problems found so far, for a form that checks before saving. */
    public ValidationResult result() {
        return new ValidationResult(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(new ValidationResult(errors));
        }
    }
}
