package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.FollowUp;
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

    /** The field a problem with part {@code part} of follow-up {@code index} is reported under: {@code followUps[0].dueDate}. */
    public static String followUpField(int index, String part) {
        return "followUps[" + index + "]." + part;
    }

    /** Each follow-up needs a description and a due day; who is responsible is optional. */
    public void followUps(List<FollowUp> followUps) {
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp f = followUps.get(i);
            text(f.description(), followUpField(i, "description"), 1000, true);
            require(f.dueDate() != null, followUpField(i, "dueDate"), FieldProblem.REQUIRED);
            text(f.responsible(), followUpField(i, "responsible"), 200, false);
        }
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
