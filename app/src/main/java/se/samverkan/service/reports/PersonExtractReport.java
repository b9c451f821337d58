package se.samverkan.service.reports;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.PersonExtract;
import se.samverkan.io.ReportPdf;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;

/**
 * The person extract (issue #7's report type {@code person}): everything stored about one person, a register extract
 * under GDPR art. 15, as a PDF in the house style or as JSON (issue #9), by the file's ending. The store reads the
 * data ({@code PersonExtractRepository}); this class only lays it out. Union membership, union role and political
 * offices are special-category data and are in the extract only when the caller says so; when left out, the extract
 * says that they were.
 */
public final class PersonExtractReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NONE = "–";
    /** Labels of the person's columns in the change list; other columns are shown by their name. */
    private static final Map<String, String> COLUMN_LABELS = Map.ofEntries(
            Map.entry("first_name", "ui.people.field.firstName"),
            Map.entry("last_name", "ui.people.field.lastName"),
            Map.entry("title", "ui.detail.title"),
            Map.entry("organisation_id", "ui.detail.organisation"),
            Map.entry("branch_id", "ui.detail.branch"),
            Map.entry("email", "ui.detail.email"),
            Map.entry("phone", "ui.detail.phone"),
            Map.entry("county_code", "ui.detail.county"),
            Map.entry("municipality_code", "ui.detail.municipality"),
            Map.entry("union_member", "ui.detail.union_member"),
            Map.entry("union_role", "ui.detail.union_role"),
            Map.entry("notes", "ui.detail.notes"),
            Map.entry("verify_by", "ui.detail.verify_by"));

    private final Workspace workspace;
    private final Messages messages;
    private final Clock clock;

    public PersonExtractReport(Workspace workspace, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the extract can be written to a file with this ending (.pdf or .json). */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".json");
    }

    /** A file name to suggest for the extract of {@code personId}. */
    public String fileName(long personId) {
        return messages.get("report.person.fileName", Long.toString(personId));
    }

    /** The extract of person {@code id} as read now; empty when there is no such person. */
    public Optional<PersonExtract> read(long id, boolean specialCategories) {
        return workspace.read(s -> s.personExtracts(messages.locale()).extract(id, specialCategories));
    }

    /**
     * Writes the extract of person {@code id} to {@code file} (.pdf or .json); returns what it showed, or empty (and
     * writes nothing) when there is no such person.
     */
    public Optional<PersonExtract> write(long id, boolean specialCategories, Path file) throws IOException {
        Optional<PersonExtract> extract = read(id, specialCategories);
        if (extract.isPresent()) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                new PersonExtractJson(LocalDate.now(clock)).write(extract.get(), file);
            } else {
                pdf(extract.get(), file);
            }
            // the export log keeps that an extract was made, never whose or what it held (decision 0022)
            new ReportArchive(workspace, clock).logPersonExtract();
        }
        return extract;
    }

    private void pdf(PersonExtract e, Path file) throws IOException {
        var p = e.person();
        String title = messages.get("report.person.title", p.name());
        var meta = new ReportPdf.Meta(title, messages.get("report.person.subject"), "Samverkan",
                messages.get("report.marking"), messages.get("report.page"));
        ReportPdf.write(file, meta, pdf -> {
            pdf.title(title, messages.get("report.person.subtitle", LocalDate.now(clock)));
            pdf.paragraph(messages.get("report.person.intro", p.name(), Long.toString(p.id())));
            pdf.paragraph(messages.get("report.person.scope"));
            if (!e.specialCategories()) {
                pdf.note(messages.get("report.person.specialLeftOut"));
            }
            details(pdf, p);
            if (e.specialCategories()) {
                special(pdf, e);
            }
            section(pdf, "report.person.relationships", e.relationships(), List.of("report.person.col.direction",
                            "report.person.col.kind", "report.person.col.counterpart", "report.person.col.strength",
                            "report.person.col.since", "report.person.col.ended", "report.person.col.notes"),
                    new float[] {1.2f, 1.1f, 1.8f, 0.8f, 1.1f, 1.1f, 1.4f},
                    t -> ReportPdf.Row.of(messages.get(t.outgoing() ? "report.person.outgoing" : "report.person.incoming"),
                            messages.get("ui.relations.kind." + t.kind()), t.counterpart(),
                            Integer.toString(t.strength()), date(t.since()), date(t.endedOn()), text(t.notes())));
            section(pdf, "report.person.interactions", e.interactions(), List.of("report.person.col.date",
                            "report.person.col.kind", "report.person.col.topic", "report.person.col.branch",
                            "report.person.col.notes"), new float[] {1.1f, 1.1f, 1.8f, 1.4f, 2.6f},
                    c -> ReportPdf.Row.of(date(c.occurredOn()), messages.get("ui.contacts.kind." + c.kind()), c.topic(),
                            text(c.branch()), text(c.notes())));
            section(pdf, "report.person.seats", e.seats(), List.of("report.person.col.forum", "report.person.col.type",
                            "report.person.col.role", "report.person.col.represents", "report.person.col.term",
                            "report.person.col.notes"), new float[] {1.7f, 1.5f, 1.1f, 1.4f, 1.3f, 1.3f},
                    s -> ReportPdf.Row.of(s.forum(), s.forumType(), messages.get("ui.seat.role." + s.role()),
                            s.representsBranch() != null ? s.representsBranch()
                                    : messages.get("ui.forums.represents." + s.represents()),
                            term(s.termFrom(), s.termTo()), text(s.notes())));
            section(pdf, "report.person.meetings", e.meetings(), List.of("report.person.col.date",
                            "report.person.col.forum"), new float[] {1f, 4f},
                    m -> ReportPdf.Row.of(date(m.meetingDate()), m.forum()));
            section(pdf, "report.person.workshops", e.workshops(), List.of("report.person.col.workshop",
                            "report.person.col.status", "report.person.col.date", "report.person.col.facilitator"),
                    new float[] {2.4f, 1f, 1f, 1.8f},
                    w -> ReportPdf.Row.of(w.title(), messages.get("ui.workshop.status." + w.status()), date(w.heldOn()),
                            w.facilitator()));
            section(pdf, "report.person.demands", e.demands(), List.of("report.person.col.demand",
                            "report.person.col.status", "report.person.col.policyArea", "report.person.col.raised",
                            "report.person.col.decided"), new float[] {2.6f, 1.3f, 1.6f, 0.9f, 0.9f},
                    d -> ReportPdf.Row.of(d.title(), messages.get("ui.demand.status." + d.status()), d.policyArea(),
                            date(d.raisedOn()), date(d.decidedOn())));
            section(pdf, "report.person.followUps", e.followUps(), List.of("report.person.col.followUp",
                            "report.person.col.about", "report.person.col.responsible", "report.person.col.due",
                            "report.person.col.done"), new float[] {2.4f, 1.6f, 1.3f, 0.9f, 0.9f},
                    t -> ReportPdf.Row.of(t.description(), text(t.about()), text(t.responsible()), date(t.due()),
                            date(t.doneOn())));
            section(pdf, "report.person.assessments", e.assessments(), List.of("report.person.col.date",
                            "report.person.col.influence", "report.person.col.interest", "report.person.col.notes"),
                    new float[] {0.9f, 1.8f, 1.8f, 2f},
                    a -> ReportPdf.Row.of(date(a.assessedOn()),
                            a.influence() + " – " + messages.get("ui.assessment.influence." + a.influence()),
                            a.interest() + " – " + messages.get("ui.assessment.interest." + a.interest()),
                            text(a.note())));
            pdf.heading(messages.get("report.person.funding"));
            pdf.paragraph(messages.get("report.person.fundingNone"));
            section(pdf, "report.person.changes", e.changes(), List.of("report.person.col.when",
                            "report.person.col.who", "report.person.col.what", "report.person.col.changed"),
                    new float[] {1.3f, 0.9f, 1.5f, 3.3f},
                    c -> ReportPdf.Row.of(c.at().format(STAMP), c.actor(),
                            entity(c.entity()) + " · " + action(c.action()), changed(c)));
            pdf.note(messages.get("report.person.othersLeftOut"));
        });
    }

    private void details(ReportPdf pdf, PersonExtract.Details p) throws DocumentException {
        pdf.heading(messages.get("report.person.details"));
        List<ReportPdf.Row> rows = new ArrayList<>(List.of(
                field("ui.people.field.firstName", p.firstName()),
                field("ui.people.field.lastName", p.lastName()),
                field("ui.detail.title", p.title()),
                field("ui.detail.organisation", p.organisation()),
                field("ui.detail.branch", p.branch()),
                field("ui.detail.email", p.email()),
                field("ui.detail.phone", p.phone()),
                field("ui.detail.county", p.county()),
                field("ui.detail.municipality", p.municipality()),
                field("ui.detail.notes", p.notes()),
                field("ui.detail.verify_by", date(p.verifyBy())),
                field("report.person.created", stamp(p.createdAt())),
                field("report.person.updated", stamp(p.updatedAt())),
                field("report.person.pinned", messages.get(p.pinnedOnMap() ? "report.person.yes" : "report.person.no"))));
        pdf.table(List.of(messages.get("report.person.col.field"), messages.get("report.person.col.value")), rows,
                new float[] {1.2f, 3.8f}, new boolean[] {false, false});
    }

    /** Union membership, union role and political offices, under a heading that marks them as special categories. */
    private void special(ReportPdf pdf, PersonExtract e) throws DocumentException {
        var p = e.person();
        pdf.heading(messages.get("report.person.special"));
        pdf.note(messages.get("report.person.specialNote"));
        String member = p.unionMember() == null ? messages.get("report.person.unknown")
                : messages.get(p.unionMember() ? "report.person.yes" : "report.person.no");
        pdf.table(List.of(messages.get("report.person.col.field"), messages.get("report.person.col.value")),
                List.of(field("ui.detail.union_member", member), field("ui.detail.union_role", p.unionRole())),
                new float[] {1.2f, 3.8f}, new boolean[] {false, false});
        section(pdf, "report.person.offices", e.offices(), List.of("report.person.col.body", "report.person.col.level",
                        "report.person.col.party", "report.person.col.place", "report.person.col.role",
                        "report.person.col.term"), new float[] {1.6f, 0.9f, 1.1f, 1.1f, 1.1f, 1.8f},
                o -> ReportPdf.Row.of(o.body(), messages.get("ui.level." + o.level()), text(o.party()), text(o.place()),
                        text(o.role()), term(o.termFrom(), o.termTo())));
    }

    /** A heading, then the rows as a table, or "Inga uppgifter" when there are none. */
    private <T> void section(ReportPdf doc, String headingKey, List<T> items, List<String> columnKeys, float[] widths,
                             Function<T, ReportPdf.Row> row) throws DocumentException {
        // the heading stays on the page of its table (a long table still runs over)
        doc.together(pdf -> {
            pdf.heading(messages.get(headingKey));
            if (items.isEmpty()) {
                pdf.paragraph(messages.get("report.person.nothing"));
                return;
            }
            pdf.table(columnKeys.stream().map(messages::get).toList(), items.stream().map(row).toList(), widths,
                    new boolean[columnKeys.size()]);
        });
    }

    private ReportPdf.Row field(String labelKey, String value) {
        return ReportPdf.Row.of(messages.get(labelKey), text(value));
    }

    private String changed(PersonExtract.Change c) {
        StringBuilder text = new StringBuilder(c.summary() == null ? "" : c.summary());
        for (PersonExtract.FieldChange f : c.fields()) {
            String key = COLUMN_LABELS.get(f.field());
            text.append(text.isEmpty() ? "" : "\n").append(key == null ? f.field() : messages.get(key)).append(": ")
                    .append(text(f.before())).append(" → ").append(text(f.after()));
        }
        return text.toString();
    }

    private String entity(String entity) {
        return switch (entity) {
            case "person" -> messages.get("report.person.entity.person");
            case "interaction" -> messages.get("report.person.entity.interaction");
            case "political_demand" -> messages.get("report.person.entity.demand");
            case "relationship" -> messages.get("report.person.entity.relationship");
            case "seat" -> messages.get("report.person.entity.seat");
            case "stakeholder_assessment" -> messages.get("report.person.entity.assessment");
            case "political_office" -> messages.get("report.person.entity.office");
            default -> entity;
        };
    }

    private String action(AuditAction action) {
        return switch (action) {
            case CREATE -> messages.get("report.person.action.create");
            case UPDATE -> messages.get("report.person.action.update");
            case DELETE -> messages.get("report.person.action.delete");
            default -> action.name().toLowerCase(Locale.ROOT);
        };
    }

    private String term(LocalDate from, LocalDate to) {
        return (from == null ? "" : from.toString()) + " – " + (to == null ? "" : to.toString());
    }

    private static String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    private static String stamp(LocalDateTime at) {
        return at == null ? NONE : at.format(STAMP);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
