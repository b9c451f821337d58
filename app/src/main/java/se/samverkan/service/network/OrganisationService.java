package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.FieldConflict;
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

    /**
     * A new organisation's data taken into an existing one (the duplicate warning's "Slå ihop"): empty fields filled,
     * existing values kept where they differ; returns the values that were not taken, as the window shows them.
     */
    public List<FieldConflict> mergeNew(long existingId, Organisation incoming) {
        return workspace.inTransaction(s -> {
            ValidationResult check = validate(incoming, PeopleService.countyOf(s));
            if (!check.valid()) {
                throw new ValidationException(check);
            }
            var repo = s.organisations(locale);
            Organisation e = repo.find(existingId)
                    .orElseThrow(() -> new IllegalArgumentException("no organisation " + existingId));
            Map<String, String> typeNames = new HashMap<>();
            repo.actorTypes().forEach(t -> typeNames.put(t.code(), t.name()));
            List<FieldConflict> notTaken = new ArrayList<>();
            String name = pick(NAME, e.name(), incoming.name(), e.name(), incoming.name(), notTaken);
            String type = pick(ACTOR_TYPE, e.actorType(), incoming.actorType(), typeNames.get(e.actorType()),
                    typeNames.get(incoming.actorType()), notTaken);
            boolean keepPlace = present(e.countyCode()) || present(e.municipalityCode());
            boolean otherPlace = present(incoming.countyCode()) || present(incoming.municipalityCode());
            if (keepPlace && otherPlace && !(Objects.equals(e.countyCode(), incoming.countyCode())
                    && Objects.equals(e.municipalityCode(), incoming.municipalityCode()))) {
                notTaken.add(new FieldConflict(PeopleService.MUNICIPALITY,
                        PeopleService.place(s, e.countyCode(), e.municipalityCode()),
                        PeopleService.place(s, incoming.countyCode(), incoming.municipalityCode()), false));
            }
            String email = pick(PeopleService.EMAIL, e.email(), incoming.email(), e.email(), incoming.email(), notTaken);
            String phone = pick(PeopleService.PHONE, e.phone(), PersonValidator.phone(incoming.phone()), e.phone(),
                    PersonValidator.phone(incoming.phone()), notTaken);
            String website = pick("website", e.website(), incoming.website(), e.website(), incoming.website(), notTaken);
            java.time.LocalDate verifyBy = e.verifyBy() != null ? e.verifyBy() : incoming.verifyBy();
            repo.update(new Organisation(e.id(), name, type, keepPlace ? e.countyCode() : PersonValidator.clean(incoming.countyCode()),
                    keepPlace ? e.municipalityCode() : PersonValidator.clean(incoming.municipalityCode()),
                    PersonValidator.clean(email), phone, PersonValidator.clean(website), verifyBy));
            return notTaken;
        });
    }

    /** The kept value, or the other one when the kept is empty; a differing other value is noted as not taken. */
    private static String pick(String field, String kept, String other, String keptText, String otherText,
                               List<FieldConflict> notTaken) {
        if (!present(kept)) {
            return other;
        }
        if (present(other) && !kept.strip().equalsIgnoreCase(other.strip())) {
            notTaken.add(new FieldConflict(field, keptText, otherText, false));
        }
        return kept;
    }

    private static boolean present(String s) {
        return PersonValidator.present(s);
    }

    /** Deletes the organisation; its people stay, without an organisation. */
    public void delete(long id) {
        workspace.inTransaction(s -> {
            s.organisations(locale).delete(id);
            return null;
        });
    }
}
