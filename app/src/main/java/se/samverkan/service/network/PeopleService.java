package se.samverkan.service.network;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldConflict;
import se.samverkan.domain.MergePreview;
import se.samverkan.domain.MergeResult;
import se.samverkan.domain.Municipality;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreSession;

/** The people of the contact network: list, validate, check for duplicates, save and delete. */
public final class PeopleService {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String MUNICIPALITY = "municipality";
    public static final String OFFICE_BODY = "body";
    public static final String OFFICE_LEVEL = "level";
    public static final String OFFICE_TERM_TO = "termTo";
    /** How long a record's contact details count as checked: a new record and "Kontrollerad idag" look this far ahead. */
    public static final Period VERIFY_PERIOD = Period.ofYears(1);
    /** The list never grows beyond this; the window says so and asks for a narrower filter. */
    public static final int LIST_LIMIT = 2000;
    private static final int PREFIX = 2;
    private static final int CANDIDATE_LIMIT = 500;

    private final Workspace workspace;

    public PeopleService(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<PersonRow> list(PersonFilter filter) {
        return workspace.read(s -> s.people().list(filter, LIST_LIMIT));
    }

    /** The counties (län) for the list's county filter. */
    public List<se.samverkan.domain.County> counties() {
        return workspace.read(s -> s.reference().counties());
    }

    public Optional<Person> find(long id) {
        return workspace.read(s -> s.people().find(id));
    }

    /** Elected offices: special-category data, shown marked as such. */
    public List<PoliticalOffice> offices(long personId) {
        return workspace.read(s -> s.people().offices(personId));
    }

    public ValidationResult validate(Person person) {
        return workspace.read(s -> PersonValidator.validate(person, countyOf(s)));
    }

    /**
     * Records that may be the same person as {@code person} (itself excluded when it already exists): same e-mail,
     * same name at the same organisation, or a near-identical name (Jaro-Winkler ≥ {@link NameSimilarity#THRESHOLD}).
     */
    public List<DuplicateCandidate> duplicates(Person person) {
        return workspace.read(s -> {
            Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
            var people = s.people();
            if (PersonValidator.present(person.email())) {
                people.withEmail(person.email()).forEach(p -> add(found, p, person, DuplicateCandidate.Reason.SAME_EMAIL));
            }
            if (PersonValidator.present(person.firstName()) && PersonValidator.present(person.lastName())) {
                if (person.organisationId() != null) {
                    people.withNameAt(person.firstName(), person.lastName(), person.organisationId())
                            .forEach(p -> add(found, p, person, DuplicateCandidate.Reason.SAME_NAME_SAME_ORG));
                }
                String last = person.lastName().strip();
                String name = person.firstName() + " " + person.lastName();
                people.withLastNamePrefix(last.substring(0, Math.min(PREFIX, last.length())), CANDIDATE_LIMIT).stream()
                        .filter(p -> NameSimilarity.score(name, p.firstName() + " " + p.lastName()) >= NameSimilarity.THRESHOLD)
                        .forEach(p -> add(found, p, person, DuplicateCandidate.Reason.SIMILAR_NAME));
            }
            return new ArrayList<>(found.values());
        });
    }

    private static void add(Map<Long, DuplicateCandidate> found, Person p, Person self, DuplicateCandidate.Reason why) {
        if (p.id() != self.id()) {
            found.putIfAbsent(p.id(), new DuplicateCandidate(p.id(), p.firstName() + " " + p.lastName(),
                    p.email() == null ? "" : p.email(), why));
        }
    }

    /** Validates, tidies (trimmed text, readable phone) and stores; id 0 creates. Throws {@link ValidationException}. */
    public Person save(Person person) {
        return workspace.inTransaction(s -> {
            ValidationResult result = PersonValidator.validate(person, countyOf(s));
            if (!result.valid()) {
                throw new ValidationException(result);
            }
            Person clean = tidy(person);
            return person.id() == 0 ? s.people().create(clean) : s.people().update(clean);
        });
    }

    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.people().delete(id);
            return null;
        });
    }

    /** The verify-by date a new record gets: one year after {@code today} (see decision record 0011). */
    public static LocalDate defaultVerifyBy(LocalDate today) {
        return today.plus(VERIFY_PERIOD);
    }

    /** "Kontrollerad idag": the person's details were checked {@code today}; the next check is a year later. */
    public Person markVerified(long id, LocalDate today) {
        return workspace.inTransaction(s -> {
            Person p = s.people().find(id).orElseThrow(() -> new IllegalArgumentException("no person with id " + id));
            return s.people().update(new Person(p.id(), p.firstName(), p.lastName(), p.title(), p.organisationId(),
                    p.branchId(), p.email(), p.phone(), p.countyCode(), p.municipalityCode(), p.unionMember(),
                    p.unionRole(), defaultVerifyBy(today)));
        });
    }

    /** Two people about to be merged, with the fields they disagree on as the window shows them. */
    public MergePreview mergePreview(long keptId, long otherId) {
        return workspace.read(s -> {
            Person kept = s.people().find(keptId).orElseThrow(() -> new IllegalArgumentException("no person " + keptId));
            Person other = s.people().find(otherId).orElseThrow(() -> new IllegalArgumentException("no person " + otherId));
            return new MergePreview(kept, other, describe(s, kept, other, PersonMerge.conflicts(kept, other)));
        });
    }

    /**
     * Merges person {@code otherId} into {@code keptId} in one transaction: empty fields filled from the other, the
     * conflicting fields named in {@code takeFromOther} taken from it, every relationship, interaction (and so its
     * follow-ups), seat, assessment, political office and map pin moved over, the other deleted; both audited.
     * Throws {@link ValidationException} (and changes nothing) when the merged person does not validate.
     */
    public Person merge(long keptId, long otherId, Set<String> takeFromOther) {
        return workspace.inTransaction(s -> {
            Person kept = s.people().find(keptId).orElseThrow(() -> new IllegalArgumentException("no person " + keptId));
            Person other = s.people().find(otherId).orElseThrow(() -> new IllegalArgumentException("no person " + otherId));
            Person merged = tidy(PersonMerge.merged(kept, other, takeFromOther));
            ValidationResult result = PersonValidator.validate(merged, countyOf(s));
            if (!result.valid()) {
                throw new ValidationException(result);
            }
            return s.people().mergeInto(merged, otherId);
        });
    }

    /**
     * A new person's data taken into an existing one (the duplicate warning's "Slå ihop"): empty fields filled, the
     * existing values kept where they differ; the values not taken are returned so the window can show them.
     */
    public MergeResult mergeNew(long existingId, Person incoming) {
        return workspace.inTransaction(s -> {
            ValidationResult check = PersonValidator.validate(incoming, countyOf(s));
            if (!check.valid()) {
                throw new ValidationException(check);
            }
            Person existing = s.people().find(existingId)
                    .orElseThrow(() -> new IllegalArgumentException("no person " + existingId));
            Person clean = tidy(incoming);
            List<FieldConflict> notTaken = describe(s, existing, clean, PersonMerge.conflicts(existing, clean));
            Person saved = s.people().update(tidy(PersonMerge.merged(existing, clean, Set.of())));
            return new MergeResult(saved, notTaken);
        });
    }

    private static List<FieldConflict> describe(StoreSession s, Person kept, Person other, List<String> fields) {
        List<FieldConflict> out = new ArrayList<>();
        for (String field : fields) {
            switch (field) {
                case PersonMerge.ORGANISATION -> out.add(new FieldConflict(field, organisation(s, kept.organisationId()),
                        organisation(s, other.organisationId()), false));
                case PersonMerge.BRANCH -> out.add(new FieldConflict(field, branch(s, kept.branchId()),
                        branch(s, other.branchId()), false));
                case MUNICIPALITY -> out.add(new FieldConflict(field, place(s, kept), place(s, other), false));
                case PersonMerge.UNION_MEMBER -> out.add(new FieldConflict(field, yesNo(kept.unionMember()),
                        yesNo(other.unionMember()), true));
                default -> out.add(new FieldConflict(field, text(kept, field), text(other, field), false));
            }
        }
        return out;
    }

    private static String text(Person p, String field) {
        return switch (field) {
            case FIRST_NAME -> p.firstName();
            case LAST_NAME -> p.lastName();
            case PersonMerge.TITLE -> p.title();
            case EMAIL -> p.email();
            case PHONE -> p.phone();
            case PersonMerge.UNION_ROLE -> p.unionRole();
            case PersonMerge.VERIFY_BY -> String.valueOf(p.verifyBy());
            default -> "";
        };
    }

    private static String organisation(StoreSession s, Long id) {
        return s.organisations(null).find(id).map(se.samverkan.domain.Organisation::name).orElse("");
    }

    private static String branch(StoreSession s, Long id) {
        return s.branches().find(id).map(se.samverkan.domain.Branch::name).orElse("");
    }

    private static String place(StoreSession s, Person p) {
        return place(s, p.countyCode(), p.municipalityCode());
    }

    /** "Kommun, Län" as the window shows a place; either part may be missing. */
    static String place(StoreSession s, String countyCode, String municipalityCode) {
        String municipality = s.reference().municipalities().stream().filter(m -> m.code().equals(municipalityCode))
                .map(Municipality::nameSv).findFirst().orElse(null);
        String county = s.reference().counties().stream().filter(c -> c.code().equals(countyCode))
                .map(se.samverkan.domain.County::nameSv).findFirst().orElse(null);
        return municipality != null && county != null ? municipality + ", " + county
                : municipality != null ? municipality : county == null ? "" : county;
    }

    private static String yesNo(Boolean b) {
        return Boolean.TRUE.equals(b) ? "ui.value.yes" : "ui.value.no";
    }

    /** Checks an elected office: body and level required, the term not ending before it starts. */
    public static ValidationResult validateOffice(PoliticalOffice office) {
        List<se.samverkan.domain.FieldError> errors = new ArrayList<>();
        PersonValidator.required(errors, OFFICE_BODY, office.body());
        PersonValidator.required(errors, OFFICE_LEVEL, office.level());
        if (office.termFrom() != null && office.termTo() != null && office.termTo().isBefore(office.termFrom())) {
            errors.add(new se.samverkan.domain.FieldError(OFFICE_TERM_TO, "ui.validation.beforeStart"));
        }
        return new ValidationResult(errors);
    }

    /** Adds an elected office (special-category data, audited). Throws {@link ValidationException}. */
    public long addOffice(PoliticalOffice office) {
        ValidationResult result = validateOffice(office);
        if (!result.valid()) {
            throw new ValidationException(result);
        }
        return workspace.inTransaction(s -> s.people().addOffice(new PoliticalOffice(office.id(), office.personId(),
                office.body().strip(), office.level(), PersonValidator.clean(office.party()), office.municipalityCode(),
                office.countyCode(), PersonValidator.clean(office.role()), office.termFrom(), office.termTo())));
    }

    public void removeOffice(long officeId) {
        workspace.inTransaction(s -> {
            s.people().removeOffice(officeId);
            return null;
        });
    }

    /** Import and export of people as vCards, on the same workspace. */
    public VCardService vcards() {
        return new VCardService(workspace);
    }

    static Person tidy(Person p) {
        return new Person(p.id(), p.firstName().strip(), p.lastName().strip(), PersonValidator.clean(p.title()),
                p.organisationId(), p.branchId(), PersonValidator.clean(p.email()), PersonValidator.phone(p.phone()),
                PersonValidator.clean(p.countyCode()), PersonValidator.clean(p.municipalityCode()), p.unionMember(),
                PersonValidator.clean(p.unionRole()), p.verifyBy());
    }

    static Map<String, String> countyOf(StoreSession s) {
        return s.reference().municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::countyCode));
    }
}
