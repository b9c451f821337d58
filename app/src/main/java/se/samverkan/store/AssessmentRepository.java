package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.PartyRef;
import se.samverkan.domain.StakeholderAssessment;
import se.samverkan.domain.StakeholderPosition;
import se.samverkan.store.jooq.tables.records.StakeholderAssessmentRecord;

/**
 * Stakeholder assessments. A reassessment is a new row, never an update, so the history of how a party's influence
 * and interest were judged is kept; the current assessment is the latest one.
 */
public final class AssessmentRepository {

    static final String ENTITY = "stakeholder_assessment";
    private final DSLContext dsl;
    private final AuditLog audit;

    AssessmentRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public StakeholderAssessment add(StakeholderAssessment a) {
        StakeholderAssessmentRecord r = dsl.newRecord(STAKEHOLDER_ASSESSMENT);
        r.setPersonId(a.personId());
        r.setOrganisationId(a.organisationId());
        r.setInfluence(a.influence());
        r.setInterest(a.interest());
        r.setAssessedOn(a.assessedOn());
        r.setNote(a.note());
        r.store();
        audit.record(AuditAction.CREATE, ENTITY, r.getId(), "Intressentbedömning gjord", null, r);
        return toDomain(r);
    }

    /** The latest assessment: the latest day, and of the same day the one made last. */
    public Optional<StakeholderAssessment> current(PartyRef party) {
        return dsl.selectFrom(STAKEHOLDER_ASSESSMENT).where(of(party))
                .orderBy(STAKEHOLDER_ASSESSMENT.ASSESSED_ON.desc(), STAKEHOLDER_ASSESSMENT.ID.desc())
                .limit(1).fetchOptional(AssessmentRepository::toDomain);
    }

    /** Every assessment of the party, newest first. */
    public List<StakeholderAssessment> history(PartyRef party) {
        return dsl.selectFrom(STAKEHOLDER_ASSESSMENT).where(of(party))
                .orderBy(STAKEHOLDER_ASSESSMENT.ASSESSED_ON.desc(), STAKEHOLDER_ASSESSMENT.ID.desc())
                .fetch(AssessmentRepository::toDomain);
    }

    /** Every assessed party at its latest assessment, with its name, actor type and county; in no particular order. */
    public List<StakeholderPosition> currentPositions() {
        Map<PartyRef, StakeholderAssessment> latest = new LinkedHashMap<>();
        // Ascending order: a later assessment overwrites an earlier one, so the map ends with the latest.
        dsl.selectFrom(STAKEHOLDER_ASSESSMENT)
                .orderBy(STAKEHOLDER_ASSESSMENT.ASSESSED_ON, STAKEHOLDER_ASSESSMENT.ID)
                .forEach(r -> latest.put(new PartyRef(r.getPersonId(), r.getOrganisationId()), toDomain(r)));
        List<StakeholderPosition> positions = new ArrayList<>(latest.size());
        var employer = ORGANISATION.as("employer");
        dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, employer.NAME, employer.ACTOR_TYPE, PERSON.COUNTY_CODE)
                .from(PERSON).leftJoin(employer).on(employer.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ID.in(DSL.select(STAKEHOLDER_ASSESSMENT.PERSON_ID).from(STAKEHOLDER_ASSESSMENT)))
                .forEach(r -> {
                    var a = latest.get(PartyRef.person(r.value1()));
                    positions.add(new StakeholderPosition(PartyRef.person(r.value1()), r.value2() + " " + r.value3(),
                            r.value4(), r.value5(), r.value6(), a.influence(), a.interest(), a.assessedOn()));
                });
        dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ACTOR_TYPE, ORGANISATION.COUNTY_CODE)
                .from(ORGANISATION)
                .where(ORGANISATION.ID.in(DSL.select(STAKEHOLDER_ASSESSMENT.ORGANISATION_ID).from(STAKEHOLDER_ASSESSMENT)))
                .forEach(r -> {
                    var a = latest.get(PartyRef.organisation(r.value1()));
                    positions.add(new StakeholderPosition(PartyRef.organisation(r.value1()), r.value2(), null,
                            r.value3(), r.value4(), a.influence(), a.interest(), a.assessedOn()));
                });
        return positions;
    }

    private static Condition of(PartyRef party) {
        return party.isPerson()
                ? STAKEHOLDER_ASSESSMENT.PERSON_ID.eq(party.personId())
                : STAKEHOLDER_ASSESSMENT.ORGANISATION_ID.eq(party.organisationId());
    }

    private static StakeholderAssessment toDomain(StakeholderAssessmentRecord r) {
        return new StakeholderAssessment(r.getId(), r.getPersonId(), r.getOrganisationId(), r.getInfluence(),
                r.getInterest(), r.getAssessedOn(), r.getNote());
    }
}
