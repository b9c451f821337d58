package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.OrganisationFilter;
import se.samverkan.domain.OrganisationRow;
import se.samverkan.domain.ValidationResult;
import se.samverkan.service.Workspace;

/** The organisations (aktörer) of the contact network: list, validate, check for duplicates, save and delete. */
public final class OrganisationService {

    public static final String NAME = "name";
    public static final String ACTOR_TYPE = "actorType";
    public static final int LIST_LIMIT = 2000;
    private static final int PREFIX = 3;
    private static final int CANDIDATE_LIMIT = 500;

    private final Workspace workspace;
    private final Locale locale;

    public OrganisationService(Workspace workspace, Locale locale) {
        this.workspace = workspace;
        this.locale = locale;
    }

    public List<OrganisationRow> list(OrganisationFilter filter) {
        return workspace.read(s -> s.organisations(locale).list(filter, LIST_LIMIT));
    }

    public List<se.samverkan.domain.ActorType> actorTypes() {
        return workspace.read(s -> s.organisations(locale).actorTypes());
    }

    public Optional<Organisation> find(long id) {
        return workspace.read(s -> s.organisations(locale).find(id));
    }

    public ValidationResult validate(Organisation organisation) {
        return workspace.read(s -> validate(organisation, PeopleService.countyOf(s)));
    }

    static ValidationResult validate(Organisation o, Map<String, String> countyOfMunicipality) {
        List<FieldError> errors = new ArrayList<>();
        PersonValidator.required(errors, NAME, o.name());
        PersonValidator.required(errors, ACTOR_TYPE, o.actorType());
        PersonValidator.contact(errors, o.email(), o.phone());
        PersonValidator.place(errors, o.countyCode(), o.municipalityCode(), countyOfMunicipality);
        return new ValidationResult(errors);
    }

    /** Organisations with the same or a near-identical name (Jaro-Winkler ≥ {@link NameSimilarity#THRESHOLD}). */
    public List<DuplicateCandidate> duplicates(Organisation organisation) {
        if (!PersonValidator.present(organisation.name())) {
            return List.of();
        }
        String name = organisation.name().strip();
        return workspace.read(s -> {
            Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
            var repo = s.organisations(locale);
            repo.withName(name).forEach(o -> add(found, o, organisation, DuplicateCandidate.Reason.SAME_NAME_SAME_ORG));
            repo.withNamePrefix(name.substring(0, Math.min(PREFIX, name.length())), CANDIDATE_LIMIT).stream()
                    .filter(o -> NameSimilarity.score(name, o.name()) >= NameSimilarity.THRESHOLD)
                    .forEach(o -> add(found, o, organisation, DuplicateCandidate.Reason.SIMILAR_NAME));
            return new ArrayList<>(found.values());
        });
    }

    private static void add(Map<Long, DuplicateCandidate> found, Organisation o, Organisation self,
                            DuplicateCandidate.Reason why) {
        if (o.id() != self.id()) {
            found.putIfAbsent(o.id(), new DuplicateCandidate(o.id(), o.name(), o.email() == null ? "" : o.email(), why));
        }
    }

    /** Validates, tidies and stores; id 0 creates. Throws {@link ValidationException}. */
    public Organisation save(Organisation o) {
        return workspace.inTransaction(s -> {
            ValidationResult result = validate(o, PeopleService.countyOf(s));
            if (!result.valid()) {
                throw new ValidationException(result);
            }
            Organisation clean = new Organisation(o.id(), o.name().strip(), o.actorType(),
                    PersonValidator.clean(o.countyCode()), PersonValidator.clean(o.municipalityCode()),
                    PersonValidator.clean(o.email()), PersonValidator.phone(o.phone()), PersonValidator.clean(o.website()),
                    o.verifyBy());
            var repo = s.organisations(locale);
            return o.id() == 0 ? repo.create(clean) : repo.update(clean);
        });
    }

    /** Deletes the organisation; its people stay, without an organisation. */
    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.organisations(locale).delete(id);
            return null;
        });
    }
}
