package se.samverkan.service.network;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input to a network use case was not valid. Carries every problem found, each located at a field, so a form can
 * mark all wrong fields at once instead of one per attempt.
 */
public final class NetworkValidationException extends RuntimeException {

    /** What is wrong with a field; the UI turns it into a localized text. */
    public enum Problem {
        REQUIRED, TOO_LONG, OUT_OF_RANGE, TOO_FAR_AHEAD, IN_THE_FUTURE, SAME_PARTY
    }

    /** One problem at one field, e.g. {@code topic}/{@code REQUIRED} or {@code followUps[1].dueDate}/{@code REQUIRED}. */
    public record FieldError(String field, Problem problem) {
    }

    private final List<FieldError> errors;

    NetworkValidationException(List<FieldError> errors) {
        // Field names and problem codes only: never the entered values, which may be personal data.
        super(errors.stream().map(e -> e.field() + ":" + e.problem()).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean has(String field, Problem problem) {
        return errors.contains(new FieldError(field, problem));
    }
}
