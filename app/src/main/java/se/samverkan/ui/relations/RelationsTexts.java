package se.samverkan.ui.relations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import se.samverkan.domain.Relationship;
import se.samverkan.domain.RelationshipHealth;
import se.samverkan.service.Messages;

/** How relations, contacts and assessments read in the window: strength as dots, dates, the health line. */
public final class RelationsTexts {

    private final Messages messages;
    private final DateTimeFormatter dates;

    public RelationsTexts(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale());
    }

    public Messages messages() {
        return messages;
    }

    /** Strength 1–5 as filled and empty dots: 3 is ●●●○○. */
    public static String dots(int strength) {
        int filled = Math.max(0, Math.min(5, strength));
        return "●".repeat(filled) + "○".repeat(5 - filled);
    }

    public String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    public String relationKind(String code) {
        return messages.get("ui.relations.kind." + code);
    }

    public String contactKind(String code) {
        return messages.get("ui.contacts.kind." + code);
    }

    /** "sedan 3 mar 2024", "3 mar 2024 – 1 feb 2026", "avslutad 1 feb 2026" or "" when neither is known. */
    public String period(Relationship r) {
        if (r.since() == null && r.endedOn() == null) {
            return "";
        }
        if (r.endedOn() == null) {
            return messages.get("ui.relations.since", date(r.since()));
        }
        if (r.since() == null) {
            return messages.get("ui.relations.ended", date(r.endedOn()));
        }
        return date(r.since()) + " – " + date(r.endedOn());
    }

    /** The owner of a relationship: an avdelning by name, or the coordinator. */
    public String owner(String branchName) {
        return branchName == null ? messages.get("ui.relations.owner.coordinator") : branchName;
    }

    /** "Senaste kontakt 42 dagar sedan · takt var 60:e dag · Bevaka". */
    public String healthLine(RelationshipHealth h) {
        String last = h.daysSinceContact() == null
                ? messages.get("ui.relations.health.never")
                : messages.get("ui.relations.health.last", h.daysSinceContact());
        return last + " · " + messages.get("ui.relations.health.cadence", h.cadenceDays()) + " · "
                + messages.get("ui.relations.health." + h.status().name());
    }
}
