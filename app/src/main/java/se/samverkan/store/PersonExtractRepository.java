package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AUDIT_ENTRY;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.DEMAND_PERSON;
import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING_ATTENDEE;
import static se.samverkan.store.jooq.Tables.FORUM_TYPE;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.NETWORK_PIN;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLICY_AREA;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.STAKEHOLDER_ASSESSMENT;
import static se.samverkan.store.jooq.Tables.WORKSHOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONArray;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.PersonExtract;
import se.samverkan.store.jooq.tables.records.AuditEntryRecord;
import se.samverkan.store.jooq.tables.records.PersonRecord;

/**
 * Reads everything stored about one person for a register extract (GDPR art. 15). The list of tables follows the
 * foreign keys to {@code person} (the same list {@link PersonReferences} moves on a merge) plus the two free-text
 * fields that can name a person (a workshop's facilitator, a follow-up's responsible) and the audit trail, whose
 * entries keep the records before and after a change as JSON. Read only.
 */
public final class PersonExtractRepository {

    /** Columns that say nothing about the person in a change list: keys and bookkeeping timestamps. */
    private static final Set<String> QUIET_COLUMNS = Set.of("ID", "CREATED_AT", "UPDATED_AT");
    /** The person's special-category columns, left out of the change list with the rest of the special categories. */
    private static final Set<String> SPECIAL_COLUMNS = Set.of("UNION_MEMBER", "UNION_ROLE");
    /** Records of these kinds name the person in a column of their own; their audit entries are about the person. */
    private static final Map<String, List<String>> PERSON_COLUMNS = Map.of(
            RelationshipRepository.ENTITY, List.of("FROM_PERSON_ID", "TO_PERSON_ID"),
            SeatRepository.ENTITY, List.of("PERSON_ID"),
            AssessmentRepository.ENTITY, List.of("PERSON_ID"),
            PersonRepository.OFFICE_ENTITY, List.of("PERSON_ID"));

    private final DSLContext dsl;
    private final boolean english;

    PersonExtractRepository(DSLContext dsl, boolean english) {
        this.dsl = dsl;
        this.english = english;
    }

    /**
     * Everything about person {@code id}; empty when there is no such person. Union membership, union role and
     * political offices (special categories) are read only when {@code specialCategories} is true.
     */
    public Optional<PersonExtract> extract(long id, boolean specialCategories) {
        PersonRecord p = dsl.fetchOne(PERSON, PERSON.ID.eq(id));
        if (p == null) {
            return Optional.empty();
        }
        String fullName = p.getFirstName() + " " + p.getLastName();
        List<Long> interactionIds = dsl.select(INTERACTION_PARTICIPANT.INTERACTION_ID).from(INTERACTION_PARTICIPANT)
                .where(INTERACTION_PARTICIPANT.PERSON_ID.eq(id)).fetch(INTERACTION_PARTICIPANT.INTERACTION_ID);
        List<Long> demandIds = dsl.select(DEMAND_PERSON.DEMAND_ID).from(DEMAND_PERSON)
                .where(DEMAND_PERSON.PERSON_ID.eq(id)).fetch(DEMAND_PERSON.DEMAND_ID);
        return Optional.of(new PersonExtract(details(p, specialCategories), specialCategories,
                specialCategories ? offices(id) : List.of(), relationships(id), interactions(id), seats(id),
                meetings(id), workshops(fullName), demands(id), followUps(interactionIds, fullName), assessments(id),
                changes(id, interactionIds, demandIds, specialCategories)));
    }

    private PersonExtract.Details details(PersonRecord p, boolean special) {
        String organisation = p.getOrganisationId() == null ? null : dsl.select(ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.ID.eq(p.getOrganisationId())).fetchOne(ORGANISATION.NAME);
        String branch = p.getBranchId() == null ? null
                : dsl.select(BRANCH.NAME).from(BRANCH).where(BRANCH.ID.eq(p.getBranchId())).fetchOne(BRANCH.NAME);
        String county = p.getCountyCode() == null ? null : dsl.select(COUNTY.NAME_SV).from(COUNTY)
                .where(COUNTY.CODE.eq(p.getCountyCode())).fetchOne(COUNTY.NAME_SV);
        boolean pinned = dsl.fetchExists(NETWORK_PIN, NETWORK_PIN.PERSON_ID.eq(p.getId()));
        return new PersonExtract.Details(p.getId(), p.getFirstName(), p.getLastName(), p.getTitle(), organisation,
                branch, p.getEmail(), p.getPhone(), county, municipality(p.getMunicipalityCode()),
                special ? p.getUnionMember() : null, special ? p.getUnionRole() : null, p.getNotes(), p.getVerifyBy(),
                p.getCreatedAt(), p.getUpdatedAt(), pinned);
    }

    private String municipality(String code) {
        return code == null ? null : dsl.select(MUNICIPALITY.NAME_SV).from(MUNICIPALITY).where(MUNICIPALITY.CODE.eq(code))
                .fetchOne(MUNICIPALITY.NAME_SV);
    }

    private List<PersonExtract.Office> offices(long id) {
        return dsl.select(POLITICAL_OFFICE.BODY, POLITICAL_OFFICE.LEVEL, POLITICAL_OFFICE.PARTY, MUNICIPALITY.NAME_SV,
                        COUNTY.NAME_SV, POLITICAL_OFFICE.ROLE, POLITICAL_OFFICE.TERM_FROM, POLITICAL_OFFICE.TERM_TO)
                .from(POLITICAL_OFFICE)
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(POLITICAL_OFFICE.MUNICIPALITY_CODE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(POLITICAL_OFFICE.COUNTY_CODE))
                .where(POLITICAL_OFFICE.PERSON_ID.eq(id))
                .orderBy(POLITICAL_OFFICE.TERM_FROM.desc().nullsLast(), POLITICAL_OFFICE.ID)
                .fetch(r -> new PersonExtract.Office(r.value1(), r.value2(), r.value3(),
                        r.value4() != null ? r.value4() : r.value5(), r.value6(), r.value7(), r.value8()));
    }

    private List<PersonExtract.Tie> relationships(long id) {
        var otherPerson = PERSON.as("other_person");
        var otherOrg = ORGANISATION.as("other_org");
        // The counterpart is the end that is not this person: the "to" end of an outgoing tie, the "from" end else.
        boolean[] outgoing = {true, false};
        List<PersonExtract.Tie> ties = new ArrayList<>();
        for (boolean out : outgoing) {
            Field<Long> mine = out ? RELATIONSHIP.FROM_PERSON_ID : RELATIONSHIP.TO_PERSON_ID;
            Field<Long> theirPerson = out ? RELATIONSHIP.TO_PERSON_ID : RELATIONSHIP.FROM_PERSON_ID;
            Field<Long> theirOrg = out ? RELATIONSHIP.TO_ORG_ID : RELATIONSHIP.FROM_ORG_ID;
            ties.addAll(dsl.select(RELATIONSHIP.KIND, otherPerson.FIRST_NAME, otherPerson.LAST_NAME, otherOrg.NAME,
                            RELATIONSHIP.STRENGTH, RELATIONSHIP.SINCE, RELATIONSHIP.ENDED_ON, RELATIONSHIP.NOTES)
                    .from(RELATIONSHIP)
                    .leftJoin(otherPerson).on(otherPerson.ID.eq(theirPerson))
                    .leftJoin(otherOrg).on(otherOrg.ID.eq(theirOrg))
                    .where(mine.eq(id))
                    .orderBy(RELATIONSHIP.SINCE.desc().nullsLast(), RELATIONSHIP.ID)
                    .fetch(r -> new PersonExtract.Tie(out, r.value1(),
                            r.value4() != null ? r.value4() : r.value2() + " " + r.value3(), r.value5(), r.value6(),
                            r.value7(), r.value8())));
        }
        return ties;
    }

    private List<PersonExtract.Contact> interactions(long id) {
        return dsl.select(INTERACTION.OCCURRED_ON, INTERACTION.KIND, INTERACTION.TOPIC, INTERACTION.NOTES, BRANCH.NAME)
                .from(INTERACTION)
                .join(INTERACTION_PARTICIPANT).on(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(INTERACTION.BRANCH_ID))
                .where(INTERACTION_PARTICIPANT.PERSON_ID.eq(id))
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.ID)
                .fetch(r -> new PersonExtract.Contact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private Field<String> typeName() {
        return english ? FORUM_TYPE.NAME_EN : FORUM_TYPE.NAME_SV;
    }

    private List<PersonExtract.SeatTerm> seats(long id) {
        return dsl.select(FORUM.NAME, typeName(), SEAT.ROLE, SEAT.REPRESENTS, BRANCH.NAME, SEAT.TERM_FROM, SEAT.TERM_TO,
                        SEAT.NOTES)
                .from(SEAT)
                .join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))
                .join(FORUM_TYPE).on(FORUM_TYPE.CODE.eq(FORUM.FORUM_TYPE))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(SEAT.REPRESENTS_BRANCH_ID))
                .where(SEAT.PERSON_ID.eq(id))
                .orderBy(SEAT.TERM_FROM.desc(), SEAT.ID)
                .fetch(r -> new PersonExtract.SeatTerm(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    private List<PersonExtract.Attendance> meetings(long id) {
        return dsl.select(FORUM_MEETING.MEETING_DATE, FORUM.NAME)
                .from(FORUM_MEETING_ATTENDEE)
                .join(FORUM_MEETING).on(FORUM_MEETING.ID.eq(FORUM_MEETING_ATTENDEE.MEETING_ID))
                .join(FORUM).on(FORUM.ID.eq(FORUM_MEETING.FORUM_ID))
                .where(FORUM_MEETING_ATTENDEE.PERSON_ID.eq(id))
                .orderBy(FORUM_MEETING.MEETING_DATE.desc(), FORUM_MEETING.ID)
                .fetch(r -> new PersonExtract.Attendance(r.value1(), r.value2()));
    }

    /** A free-text field that contains the person's full name, ignoring case. */
    private static Condition names(Field<String> text, String fullName) {
        return DSL.lower(text).like("%" + escape(fullName.toLowerCase(Locale.ROOT)) + "%", '!');
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private List<PersonExtract.Facilitation> workshops(String fullName) {
        return dsl.select(WORKSHOP.TITLE, WORKSHOP.STATUS, WORKSHOP.HELD_ON, WORKSHOP.FACILITATOR)
                .from(WORKSHOP)
                .where(names(WORKSHOP.FACILITATOR, fullName))
                .orderBy(WORKSHOP.HELD_ON.desc().nullsLast(), WORKSHOP.ID)
                .fetch(r -> new PersonExtract.Facilitation(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private List<PersonExtract.Demand> demands(long id) {
        return dsl.select(POLITICAL_DEMAND.TITLE, POLITICAL_DEMAND.STATUS,
                        english ? POLICY_AREA.NAME_EN : POLICY_AREA.NAME_SV, POLITICAL_DEMAND.RAISED_ON,
                        POLITICAL_DEMAND.DECIDED_ON)
                .from(POLITICAL_DEMAND)
                .join(DEMAND_PERSON).on(DEMAND_PERSON.DEMAND_ID.eq(POLITICAL_DEMAND.ID))
                .join(POLICY_AREA).on(POLICY_AREA.CODE.eq(POLITICAL_DEMAND.POLICY_AREA))
                .where(DEMAND_PERSON.PERSON_ID.eq(id))
                .orderBy(POLITICAL_DEMAND.RAISED_ON.desc().nullsLast(), POLITICAL_DEMAND.ID)
                .fetch(r -> new PersonExtract.Demand(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private List<PersonExtract.Task> followUps(List<Long> interactionIds, String fullName) {
        var meetingForum = FORUM.as("meeting_forum");
        // The topic of an interaction the person did not take part in is not the person's data: left out.
        Field<String> topic = DSL.when(INTERACTION.ID.in(interactionIds), INTERACTION.TOPIC);
        return dsl.select(FOLLOW_UP.DESCRIPTION, FOLLOW_UP.DUE_DATE, FOLLOW_UP.DONE_ON, FOLLOW_UP.RESPONSIBLE,
                        DSL.coalesce(topic, POLITICAL_DEMAND.TITLE, meetingForum.NAME))
                .from(FOLLOW_UP)
                .leftJoin(INTERACTION).on(INTERACTION.ID.eq(FOLLOW_UP.INTERACTION_ID))
                .leftJoin(POLITICAL_DEMAND).on(POLITICAL_DEMAND.ID.eq(FOLLOW_UP.DEMAND_ID))
                .leftJoin(FORUM_MEETING).on(FORUM_MEETING.ID.eq(FOLLOW_UP.FORUM_MEETING_ID))
                .leftJoin(meetingForum).on(meetingForum.ID.eq(FORUM_MEETING.FORUM_ID))
                .where(FOLLOW_UP.INTERACTION_ID.in(interactionIds).or(names(FOLLOW_UP.RESPONSIBLE, fullName)))
                .orderBy(FOLLOW_UP.DUE_DATE.desc(), FOLLOW_UP.ID)
                .fetch(r -> new PersonExtract.Task(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private List<PersonExtract.Assessment> assessments(long id) {
        return dsl.selectFrom(STAKEHOLDER_ASSESSMENT)
                .where(STAKEHOLDER_ASSESSMENT.PERSON_ID.eq(id))
                .orderBy(STAKEHOLDER_ASSESSMENT.ASSESSED_ON.desc(), STAKEHOLDER_ASSESSMENT.ID)
                .fetch(r -> new PersonExtract.Assessment(r.getAssessedOn(), r.getInfluence(), r.getInterest(),
                        r.getNote()));
    }

    /**
     * The audit entries about the person: on the person record itself, on records that hold the person's id in a
     * column of their own (found by the id in the stored JSON, then checked field by field), and on the interactions
     * and demands the person is linked to.
     */
    private List<PersonExtract.Change> changes(long id, List<Long> interactionIds, List<Long> demandIds, boolean special) {
        List<Condition> about = new ArrayList<>();
        about.add(AUDIT_ENTRY.ENTITY.eq(PersonRepository.ENTITY).and(AUDIT_ENTRY.ENTITY_ID.eq(id)));
        about.add(AUDIT_ENTRY.ENTITY.eq(InteractionRepository.ENTITY).and(AUDIT_ENTRY.ENTITY_ID.in(interactionIds)));
        about.add(AUDIT_ENTRY.ENTITY.eq(DemandRepository.ENTITY).and(AUDIT_ENTRY.ENTITY_ID.in(demandIds)));
        String pattern = "%PERSON_ID\":" + id + "%";
        about.add(AUDIT_ENTRY.ENTITY.in(PERSON_COLUMNS.keySet())
                .and(AUDIT_ENTRY.BEFORE_JSON.like(pattern).or(AUDIT_ENTRY.AFTER_JSON.like(pattern))));
        List<PersonExtract.Change> changes = new ArrayList<>();
        for (AuditEntryRecord r : dsl.selectFrom(AUDIT_ENTRY).where(DSL.or(about)).orderBy(AUDIT_ENTRY.AT,
                AUDIT_ENTRY.ID).fetch()) {
            Map<?, ?> before = json(r.getBeforeJson());
            Map<?, ?> after = json(r.getAfterJson());
            List<String> personColumns = PERSON_COLUMNS.get(r.getEntity());
            if (personColumns != null && !names(before, personColumns, id) && !names(after, personColumns, id)) {
                continue; // the LIKE matched a longer id (12 in 123)
            }
            if (!special && PersonRepository.OFFICE_ENTITY.equals(r.getEntity())) {
                continue;
            }
            changes.add(new PersonExtract.Change(r.getAt(), r.getActor(), AuditAction.valueOf(r.getAction()),
                    r.getEntity(), r.getSummary(), fieldChanges(before, after, special)));
        }
        return changes;
    }

    private static boolean names(Map<?, ?> record, List<String> columns, long id) {
        return record != null && columns.stream().anyMatch(c -> record.get(c) instanceof Number n && n.longValue() == id);
    }

    /** The fields an update changed; nothing for a creation or a deletion, whose summary says what happened. */
    private List<PersonExtract.FieldChange> fieldChanges(Map<?, ?> before, Map<?, ?> after, boolean special) {
        if (before == null || after == null) {
            return List.of();
        }
        List<PersonExtract.FieldChange> fields = new ArrayList<>();
        for (Object key : after.keySet()) {
            String column = String.valueOf(key);
            if (QUIET_COLUMNS.contains(column) || (!special && SPECIAL_COLUMNS.contains(column))) {
                continue;
            }
            Object was = before.get(key);
            Object now = after.get(key);
            if (!Objects.equals(was, now)) {
                fields.add(new PersonExtract.FieldChange(column.toLowerCase(Locale.ROOT), value(column, was),
                        value(column, now)));
            }
        }
        fields.sort(java.util.Comparator.comparing(PersonExtract.FieldChange::field));
        return fields;
    }

    /**
     * A stored value as the reader knows it: an organisation, a branch or a place by its name rather than its id or
     * code (the id or code itself when the record is gone).
     */
    private String value(String column, Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        String name = switch (column) {
            case "ORGANISATION_ID" -> value instanceof Number n ? dsl.select(ORGANISATION.NAME).from(ORGANISATION)
                    .where(ORGANISATION.ID.eq(n.longValue())).fetchOne(ORGANISATION.NAME) : null;
            case "BRANCH_ID" -> value instanceof Number n ? dsl.select(BRANCH.NAME).from(BRANCH)
                    .where(BRANCH.ID.eq(n.longValue())).fetchOne(BRANCH.NAME) : null;
            case "MUNICIPALITY_CODE" -> municipality(text);
            case "COUNTY_CODE" -> dsl.select(COUNTY.NAME_SV).from(COUNTY).where(COUNTY.CODE.eq(text))
                    .fetchOne(COUNTY.NAME_SV);
            default -> null;
        };
        return name == null ? text : name;
    }

    /** A record as {@link AuditLog} stores it (one JSON object, or an array holding one); null when absent. */
    private static Map<?, ?> json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Object parsed = new JSONParser().parse(text);
            if (parsed instanceof JSONArray array && !array.isEmpty()) {
                parsed = array.get(0);
            }
            return parsed instanceof Map<?, ?> map ? map : null;
        } catch (ParseException e) {
            // an entry that cannot be read still says when, who and what; only its field list is lost
            return null;
        }
    }
}
