package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.ContactCard;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Person;
import se.samverkan.io.VCardDocument;
import se.samverkan.io.VCardEntry;
import se.samverkan.io.VCardIssue;
import se.samverkan.store.StoreSession;

/**
 * One run of a vCard import inside one transaction: checks every card (the people form's rules, plus the lengths
 * the database holds), then matches and creates or updates. With {@code apply} false it only plans: the same code
 * path, so a dry run reports exactly what the import would do.
 */
final class VCardImporter {

    static final int NAME_MAX = 100;
    static final int TITLE_MAX = 200;
    static final int EMAIL_MAX = 200;

    private final StoreSession session;
    private final VCardImportOptions options;
    private final VCardService.Progress progress;
    private final Map<String, Municipality> municipalities = new HashMap<>();
    private final Map<String, String> countyOf;
    private final Map<String, List<Long>> organisations = new HashMap<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();

    VCardImporter(StoreSession session, VCardImportOptions options, VCardService.Progress progress) {
        this.session = session;
        this.options = options;
        this.progress = progress;
        List<Municipality> all = session.reference().municipalities();
        all.forEach(m -> municipalities.put(m.nameSv().toLowerCase(Locale.ROOT), m));
        countyOf = all.stream().collect(Collectors.toMap(Municipality::code, Municipality::countyCode));
    }

    /**
     * A card that passed the checks, as the person it would become; {@code organisations} are all those with the
     * card's ORG name (names are not unique: the person gets the first, but may already be at another).
     */
    private record Checked(VCardEntry entry, Person person, List<Long> organisations) {
    }

    VCardImportReport run(VCardDocument document, boolean apply) {
        if (document.readAsWindows1252()) {
            notes.add(ImportProblem.at(0, 0, null, "ui.vcard.note.windows1252"));
        }
        Set<Integer> badCards = new HashSet<>();
        for (VCardIssue issue : document.issues()) {
            errors.add(ImportProblem.at(issue.card(), issue.line(), null, issueKey(issue.problem())));
            badCards.add(issue.card());
        }
        List<Checked> valid = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (VCardEntry entry : document.cards()) {
            int before = errors.size();
            Person person = check(entry);
            if (errors.size() == before && !badCards.contains(entry.number())) {
                valid.add(new Checked(entry, person, organisations(entry.contact().organisation())));
            } else {
                outcomes.add(new ImportOutcome(entry.number(), entry.line(), entry.contact().displayName(),
                        ImportOutcome.Action.INVALID, 0, null, 0));
            }
        }
        if (!errors.isEmpty() && !options.validOnly()) {
            return new VCardImportReport(!apply, List.of(), errors, notes, null);
        }
        PeopleMatcher matcher = new PeopleMatcher(session.people().all());
        Map<Long, Integer> createdBy = new HashMap<>();
        int done = 0;
        for (Checked c : valid) {
            if (progress.cancelled()) {
                throw new CancellationException("vCard import cancelled");
            }
            outcomes.add(place(c, matcher, createdBy, apply));
            progress.update(++done, valid.size());
        }
        outcomes.sort(java.util.Comparator.comparingInt(ImportOutcome::card));
        VCardImportReport report = new VCardImportReport(!apply, outcomes, errors, notes, null);
        if (apply && report.changes()) {
            // Counts only: the audit summary must not carry names (each person's own entry holds the details).
            session.audit().recordBulk(AuditAction.IMPORT, "person", "vCard-import: "
                    + report.count(ImportOutcome.Action.CREATE) + " skapade, "
                    + report.count(ImportOutcome.Action.UPDATE) + " ändrade");
        }
        return report;
    }

    /** Creates, updates or skips one valid card. */
    private ImportOutcome place(Checked c, PeopleMatcher matcher, Map<Long, Integer> createdBy, boolean apply) {
        VCardEntry e = c.entry();
        String name = e.contact().displayName();
        PeopleMatcher.Match match = matcher.find(c.person(), c.organisations());
        if (match == null || options.onDuplicate() == OnDuplicate.CREATE) {
            Person created = apply ? session.people().create(c.person()) : withId(c.person(), -e.number());
            matcher.add(created);
            createdBy.put(created.id(), e.number());
            if (c.organisations().size() > 1) {
                notes.add(ImportProblem.at(e.number(), e.lineOf("ORG", 0), "ORG", "ui.vcard.note.organisationAmbiguous",
                        e.contact().organisation()));
            }
            return outcome(e, name, ImportOutcome.Action.CREATE, created, match, createdBy);
        }
        if (options.onDuplicate() == OnDuplicate.SKIP) {
            return outcome(e, name, ImportOutcome.Action.SKIP, match.person(), match, createdBy);
        }
        Person existing = match.person();
        Person merged = PeopleService.tidy(merge(existing, c.person(), c.organisations()));
        if (merged.equals(existing)) {
            return outcome(e, name, ImportOutcome.Action.UNCHANGED, existing, match, createdBy);
        }
        Person updated = apply ? session.people().update(merged) : merged;
        matcher.replace(existing, updated);
        return outcome(e, name, ImportOutcome.Action.UPDATE, updated, match, createdBy);
    }

    private static ImportOutcome outcome(VCardEntry e, String name, ImportOutcome.Action action, Person person,
                                         PeopleMatcher.Match match, Map<Long, Integer> createdBy) {
        long id = person.id() > 0 ? person.id() : 0;
        if (match == null) {
            return new ImportOutcome(e.number(), e.line(), name, action, id, null, 0);
        }
        int sameCard = createdBy.getOrDefault(match.person().id(), 0);
        return new ImportOutcome(e.number(), e.line(), name, action, id, match.reason(), sameCard);
    }

    /**
     * The existing person with the card's values; what the card leaves empty stays, and so do the sensitive fields.
     * A person already at an organisation of the card's ORG name stays there.
     */
    static Person merge(Person old, Person card, List<Long> cardOrganisations) {
        boolean place = card.municipalityCode() != null;
        boolean move = card.organisationId() != null && !cardOrganisations.contains(old.organisationId());
        return new Person(old.id(), card.firstName(), card.lastName(), or(card.title(), old.title()),
                move ? card.organisationId() : old.organisationId(), old.branchId(),
                or(card.email(), old.email()), or(card.phone(), old.phone()),
                place ? card.countyCode() : old.countyCode(), place ? card.municipalityCode() : old.municipalityCode(),
                old.unionMember(), old.unionRole(), old.verifyBy());
    }

    private static String or(String value, String otherwise) {
        return PersonValidator.present(value) ? value : otherwise;
    }

    private static Person withId(Person p, long id) {
        return new Person(id, p.firstName(), p.lastName(), p.title(), p.organisationId(), p.branchId(), p.email(),
                p.phone(), p.countyCode(), p.municipalityCode(), p.unionMember(), p.unionRole(), p.verifyBy());
    }

    /** The person a card describes, tidied; its problems go to {@link #errors}, what was left out to {@link #notes}. */
    private Person check(VCardEntry e) {
        ContactCard card = e.contact();
        int emailIndex = firstIndex(card.emails(), EmailAddresses::valid);
        int phoneIndex = firstIndex(card.phones(), p -> PhoneNumbers.normalise(p).isPresent());
        String email = card.emails().isEmpty() ? null : card.emails().get(emailIndex);
        String phone = card.phones().isEmpty() ? null : card.phones().get(phoneIndex);
        Long organisationId = organisation(e);
        Municipality municipality = municipality(e);
        Person person = new Person(0, nz(card.firstName()), nz(card.lastName()), card.title(), organisationId, null,
                email, phone, municipality == null ? null : municipality.countyCode(),
                municipality == null ? null : municipality.code(), null, null, null);

        int n = e.number();
        if (card.firstName() == null && card.lastName() == null) {
            errors.add(ImportProblem.at(n, e.line(), "N", "ui.vcard.error.noName"));
        }
        for (FieldError error : PersonValidator.validate(person, countyOf).errors()) {
            switch (error.field()) {
                case PeopleService.FIRST_NAME -> {
                    if (card.lastName() != null) {
                        errors.add(ImportProblem.at(n, e.lineOf(e.nameFrom(), 0), e.nameFrom(), "ui.vcard.error.firstNameMissing"));
                    }
                }
                case PeopleService.LAST_NAME -> {
                    if (card.firstName() != null) {
                        errors.add(ImportProblem.at(n, e.lineOf(e.nameFrom(), 0), e.nameFrom(), "ui.vcard.error.lastNameMissing"));
                    }
                }
                case PeopleService.EMAIL -> errors.add(ImportProblem.at(n, e.lineOf("EMAIL", emailIndex), "EMAIL", error.messageKey()));
                case PeopleService.PHONE -> errors.add(ImportProblem.at(n, e.lineOf("TEL", phoneIndex), "TEL", error.messageKey()));
                default -> errors.add(ImportProblem.at(n, e.lineOf("ADR", 0), "ADR", error.messageKey()));
            }
        }
        tooLong(e, e.nameFrom(), 0, card.firstName(), NAME_MAX);
        tooLong(e, e.nameFrom(), 0, card.lastName(), NAME_MAX);
        tooLong(e, "TITLE", 0, card.title(), TITLE_MAX);
        tooLong(e, "EMAIL", emailIndex, email, EMAIL_MAX);
        return PeopleService.tidy(person);
    }

    private void tooLong(VCardEntry e, String property, int index, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(ImportProblem.at(e.number(), e.lineOf(property, index), property, "ui.vcard.error.tooLong",
                    String.valueOf(max)));
        }
    }

    /** The organisation named on the card, matched by name ignoring case; none found is a note, never a new record. */
    private Long organisation(VCardEntry e) {
        String name = e.contact().organisation();
        List<Long> ids = organisations(name);
        if (name != null && ids.isEmpty()) {
            notes.add(ImportProblem.at(e.number(), e.lineOf("ORG", 0), "ORG", "ui.vcard.note.organisationNotFound", name));
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The ids of the organisations called {@code name} (ignoring case), oldest first; none for no name. */
    private List<Long> organisations(String name) {
        if (name == null) {
            return List.of();
        }
        return organisations.computeIfAbsent(name.toLowerCase(Locale.ROOT), k ->
                session.organisations(Locale.ROOT).withName(name).stream().map(Organisation::id).toList());
    }

    /** The municipality named as the address's locality; a place that is not a municipality is a note. */
    private Municipality municipality(VCardEntry e) {
        String locality = e.contact().municipality();
        if (locality == null) {
            return null;
        }
        // "Växjö" or "Växjö kommun" (the reference data has the short names).
        String key = locality.toLowerCase(Locale.ROOT).replaceFirst("\\s+kommun$", "");
        Municipality m = municipalities.get(key);
        if (m == null) {
            notes.add(ImportProblem.at(e.number(), e.lineOf("ADR", 0), "ADR", "ui.vcard.note.municipalityNotFound", locality));
        }
        return m;
    }

    private static int firstIndex(List<String> values, java.util.function.Predicate<String> ok) {
        for (int i = 0; i < values.size(); i++) {
            if (ok.test(values.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String issueKey(VCardIssue.Problem problem) {
        return switch (problem) {
            case MALFORMED_LINE -> "ui.vcard.error.malformedLine";
            case UNMATCHED_END -> "ui.vcard.error.unmatchedEnd";
            case NOT_ENDED -> "ui.vcard.error.notEnded";
            case BAD_ENCODING -> "ui.vcard.error.badEncoding";
            case UNKNOWN_VERSION -> "ui.vcard.error.unknownVersion";
            case NO_CARDS -> "ui.vcard.error.noCards";
        };
    }
}
