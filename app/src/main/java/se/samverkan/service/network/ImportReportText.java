package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.service.Messages;

/**
 * The words of an import report, the same in the window and on the command line: each problem located as
 * {@code FILE:card N:line L:PROPERTY: message} (the {@code FILE:SHEET:ROW:COLUMN} of shared/CLI.md, with the card
 * as the sheet and the line as the row), one line per card, and a summary.
 */
public final class ImportReportText {

    private final Messages messages;

    public ImportReportText(Messages messages) {
        this.messages = messages;
    }

    public String located(String file, ImportProblem problem) {
        List<String> parts = new ArrayList<>();
        parts.add(file);
        if (problem.card() > 0) {
            parts.add(messages.get("ui.vcard.location.card", String.valueOf(problem.card())));
        }
        if (problem.line() > 0) {
            parts.add(messages.get("ui.vcard.location.line", String.valueOf(problem.line())));
        }
        if (problem.property() != null) {
            parts.add(problem.property());
        }
        return String.join(":", parts) + ": " + messages.get(problem.messageKey(), problem.args().toArray());
    }

    /** {@code card 3:line 21: Anna Berg: skipped (already there: same e-mail)}. */
    public String outcome(ImportOutcome o) {
        String where = messages.get("ui.vcard.location.card", String.valueOf(o.card())) + ":"
                + messages.get("ui.vcard.location.line", String.valueOf(o.line()));
        String action = switch (o.action()) {
            case CREATE -> messages.get("ui.vcard.action.create");
            case UPDATE -> messages.get("ui.vcard.action.update");
            case UNCHANGED -> messages.get("ui.vcard.action.unchanged");
            case SKIP -> messages.get("ui.vcard.action.skip");
            case INVALID -> messages.get("ui.vcard.action.invalid");
        };
        String why = "";
        if (o.matchedCard() > 0) {
            why = " " + messages.get("ui.vcard.match.card", String.valueOf(o.matchedCard()));
        } else if (o.match() != null) {
            why = " " + messages.get(switch (o.match()) {
                case SAME_EMAIL -> "ui.vcard.match.email";
                default -> "ui.vcard.match.name";
            });
        }
        String name = o.name().isEmpty() ? "–" : o.name();
        return where + ": " + name + ": " + action + why;
    }

    public String summary(VCardImportReport r) {
        return messages.get(r.dryRun() ? "ui.vcard.summary.dryRun" : "ui.vcard.summary.done",
                r.count(ImportOutcome.Action.CREATE), r.count(ImportOutcome.Action.UPDATE),
                r.count(ImportOutcome.Action.UNCHANGED), r.count(ImportOutcome.Action.SKIP),
                r.count(ImportOutcome.Action.INVALID));
    }
}
