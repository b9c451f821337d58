package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverkan.domain.DuplicateCandidate;
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

    public long addOffice(PoliticalOffice office) {
        return workspace.inTransaction(s -> s.people().addOffice(office));
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
