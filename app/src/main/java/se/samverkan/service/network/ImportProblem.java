package se.samverkan.service.network;

import java.util.List;

/**
 * An error or a note about one place in an imported file: card (0 = the file as a whole), line (0 = none), the
 * property (vCard property name such as {@code EMAIL}, or null) and a bundle key with its arguments.
 * {@link ImportReportText} turns it into {@code FILE:card N:line L:PROPERTY: message}.
 */
public record ImportProblem(int card, int line, String property, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem at(int card, int line, String property, String messageKey, String... args) {
        return new ImportProblem(card, line, property, messageKey, List.of(args));
    }
}
