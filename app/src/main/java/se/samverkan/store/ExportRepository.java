package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.BRANCH_COUNTY;
import static se.samverkan.store.jooq.Tables.BRANCH_MEMBERSHIP;
import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.NUTS_AREA;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import se.samverkan.domain.ExportTable;

/**
 * The lists the {@code export} command writes, with every column a coordinator would want in a spreadsheet. The
 * special categories (union membership and role, political offices) are only included when asked for.
 */
public final class ExportRepository {

    private final DSLContext dsl;

    ExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The column ids of {@link #eachPerson}'s rows. */
    public static List<String> peopleColumns(boolean includeSensitive) {
        List<String> columns = new ArrayList<>(Arrays.asList("id", "first_name", "last_name", "title", "organisation",
                "branch", "email", "phone", "county", "municipality", "verify_by"));
        if (includeSensitive) {
            columns.addAll(List.of("union_member", "union_role", "political_offices"));
        }
        return columns;
    }

    public ExportTable people(boolean includeSensitive) {
        List<List<Object>> rows = new ArrayList<>();
        eachPerson(includeSensitive, rows::add);
        return new ExportTable("Personer", peopleColumns(includeSensitive), rows);
    }

    /** How many people one query reads: a bounded IN list, and a bounded number of rows in memory. */
    private static final int PEOPLE_PER_QUERY = 1_000;

    /**
     * Gives every person to {@code row} in name order (last name, first name, case ignored, then id). The order is
     * worked out in Java from the ids and names alone (100,000 people: a few megabytes), because an ORDER BY of
     * every column makes H2 sort the whole result, which spills to an encrypted temporary file and takes a minute;
     * the rows are then read a thousand at a time ({@link #eachPerson(boolean, List, Consumer)}).
     */
    public void eachPerson(boolean includeSensitive, Consumer<List<Object>> row) {
        record NameOrder(long id, String last, String first) {
        }
        List<NameOrder> order = new ArrayList<>();
        try (Cursor<Record3<Long, String, String>> cursor = dsl.select(PERSON.ID, DSL.lower(PERSON.LAST_NAME),
                DSL.lower(PERSON.FIRST_NAME)).from(PERSON).fetchSize(PEOPLE_PER_QUERY).fetchLazy()) {
            for (Record3<Long, String, String> r : cursor) {
                order.add(new NameOrder(r.value1(), r.value2(), r.value3()));
            }
        }
        order.sort(Comparator.comparing(NameOrder::last).thenComparing(NameOrder::first)
                .thenComparingLong(NameOrder::id));
        List<Long> ids = new ArrayList<>(order.size());
        order.forEach(o -> ids.add(o.id()));
        order.clear();
        eachPerson(includeSensitive, ids, row);
    }

    /**
     * Gives the people with {@code ids} to {@code row} in the order of {@code ids} (an id no longer in the database is
     * skipped), a thousand per query, so no list of every row is held. The names of organisations, branches, counties
     * and municipalities come from maps read once (thousands of names at most) rather than four joins per person.
     * The offices are only queried when asked for.
     */
    public void eachPerson(boolean includeSensitive, List<Long> ids, Consumer<List<Object>> row) {
        Map<Long, String> organisations = dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .fetchMap(ORGANISATION.ID, ORGANISATION.NAME);
        Map<Long, String> branches = dsl.select(BRANCH.ID, BRANCH.NAME).from(BRANCH).fetchMap(BRANCH.ID, BRANCH.NAME);
        Map<String, String> counties = dsl.select(COUNTY.CODE, COUNTY.NAME_SV).from(COUNTY)
                .fetchMap(COUNTY.CODE, COUNTY.NAME_SV);
        Map<String, String> municipalities = dsl.select(MUNICIPALITY.CODE, MUNICIPALITY.NAME_SV).from(MUNICIPALITY)
                .fetchMap(MUNICIPALITY.CODE, MUNICIPALITY.NAME_SV);
        var offices = DSL.field(DSL.select(DSL.listAgg(DSL.concat(POLITICAL_OFFICE.BODY,
                                DSL.when(POLITICAL_OFFICE.PARTY.isNotNull(), DSL.concat(DSL.inline(" ("), POLITICAL_OFFICE.PARTY, DSL.inline(")")))
                                        .otherwise(DSL.inline(""))), "; ").withinGroupOrderBy(POLITICAL_OFFICE.ID))
                .from(POLITICAL_OFFICE).where(POLITICAL_OFFICE.PERSON_ID.eq(PERSON.ID)));
        List<SelectField<?>> fields = new ArrayList<>(List.of(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME,
                PERSON.TITLE, PERSON.ORGANISATION_ID, PERSON.BRANCH_ID, PERSON.EMAIL, PERSON.PHONE, PERSON.COUNTY_CODE,
                PERSON.MUNICIPALITY_CODE, PERSON.VERIFY_BY));
        if (includeSensitive) {
            fields.addAll(List.of(PERSON.UNION_MEMBER, PERSON.UNION_ROLE, offices));
        }
        for (int from = 0; from < ids.size(); from += PEOPLE_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PEOPLE_PER_QUERY));
            Map<Long, List<Object>> byId = new HashMap<>();
            dsl.select(fields).from(PERSON).where(PERSON.ID.in(chunk)).forEach(r -> {
                List<Object> values = new ArrayList<>(Arrays.asList(r.get(PERSON.ID), r.get(PERSON.FIRST_NAME),
                        r.get(PERSON.LAST_NAME), r.get(PERSON.TITLE), organisations.get(r.get(PERSON.ORGANISATION_ID)),
                        branches.get(r.get(PERSON.BRANCH_ID)), r.get(PERSON.EMAIL), r.get(PERSON.PHONE),
                        counties.get(r.get(PERSON.COUNTY_CODE)), municipalities.get(r.get(PERSON.MUNICIPALITY_CODE)),
                        r.get(PERSON.VERIFY_BY)));
                if (includeSensitive) {
                    values.addAll(Arrays.asList(r.get(PERSON.UNION_MEMBER), r.get(PERSON.UNION_ROLE), r.get(offices)));
                }
                byId.put(r.get(PERSON.ID), values);
            });
            for (Long id : chunk) {
                List<Object> values = byId.get(id);
                if (values != null) {
                    row.accept(values);
                }
            }
        }
    }

    public ExportTable organisations(boolean english) {
        var typeName = english ? ACTOR_TYPE.NAME_EN : ACTOR_TYPE.NAME_SV;
        var contacts = DSL.field(DSL.selectCount().from(PERSON).where(PERSON.ORGANISATION_ID.eq(ORGANISATION.ID)));
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(ORGANISATION.ID, ORGANISATION.NAME, typeName, COUNTY.NAME_SV, MUNICIPALITY.NAME_SV, ORGANISATION.EMAIL,
                        ORGANISATION.PHONE, ORGANISATION.WEBSITE, contacts, ORGANISATION.VERIFY_BY)
                .from(ORGANISATION)
                .join(ACTOR_TYPE).on(ACTOR_TYPE.CODE.eq(ORGANISATION.ACTOR_TYPE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(ORGANISATION.COUNTY_CODE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(ORGANISATION.MUNICIPALITY_CODE))
                .orderBy(DSL.lower(ORGANISATION.NAME), ORGANISATION.ID)
                .forEach(r -> rows.add(Arrays.asList(r.get(ORGANISATION.ID), r.get(ORGANISATION.NAME), r.get(typeName),
                        r.get(COUNTY.NAME_SV), r.get(MUNICIPALITY.NAME_SV), r.get(ORGANISATION.EMAIL),
                        r.get(ORGANISATION.PHONE), r.get(ORGANISATION.WEBSITE), r.get(contacts), r.get(ORGANISATION.VERIFY_BY))));
        return new ExportTable("Organisationer", List.of("id", "name", "actor_type", "county", "municipality", "email",
                "phone", "website", "contacts", "verify_by"), rows);
    }

    /** The branches: number, name, NUTS area, the counties they cover, and the latest count of active members. */
    public ExportTable branches() {
        var counties = DSL.field(DSL.select(DSL.listAgg(COUNTY.NAME_SV, ", ").withinGroupOrderBy(COUNTY.NAME_SV))
                .from(BRANCH_COUNTY).join(COUNTY).on(COUNTY.CODE.eq(BRANCH_COUNTY.COUNTY_CODE))
                .where(BRANCH_COUNTY.BRANCH_ID.eq(BRANCH.ID)));
        var latestYear = DSL.field(DSL.select(DSL.max(BRANCH_MEMBERSHIP.MEMBER_YEAR)).from(BRANCH_MEMBERSHIP)
                .where(BRANCH_MEMBERSHIP.BRANCH_ID.eq(BRANCH.ID)));
        var members = DSL.field(DSL.select(BRANCH_MEMBERSHIP.ACTIVE_MEMBERS).from(BRANCH_MEMBERSHIP)
                .where(BRANCH_MEMBERSHIP.BRANCH_ID.eq(BRANCH.ID)).and(BRANCH_MEMBERSHIP.MEMBER_YEAR.eq(latestYear)));
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(BRANCH.ID, BRANCH.NUMBER, BRANCH.NAME, NUTS_AREA.NAME_SV, counties, BRANCH.JOINED_YEAR, latestYear,
                        members)
                .from(BRANCH).join(NUTS_AREA).on(NUTS_AREA.CODE.eq(BRANCH.NUTS_CODE))
                .orderBy(BRANCH.NUMBER)
                .forEach(r -> rows.add(Arrays.asList(r.intoArray())));
        return new ExportTable("Avdelningar", List.of("id", "number", "name", "nuts_area", "counties", "joined_year",
                "member_year", "active_members"), rows);
    }

    /**
     * The relationships between people and organisations. Their notes are free text that may say anything about a
     * person, so they come only with {@code includeNotes} (decision 0020).
     */
    public ExportTable relationships(boolean includeNotes) {
        var fromPerson = PERSON.as("from_person");
        var fromOrg = ORGANISATION.as("from_org");
        var toPerson = PERSON.as("to_person");
        var toOrg = ORGANISATION.as("to_org");
        var from = partyName(fromPerson, fromOrg);
        var to = partyName(toPerson, toOrg);
        List<SelectField<?>> fields = new ArrayList<>(List.of(RELATIONSHIP.ID, from, RELATIONSHIP.KIND, to,
                RELATIONSHIP.STRENGTH, RELATIONSHIP.SINCE, RELATIONSHIP.ENDED_ON, BRANCH.NAME));
        List<String> columns = new ArrayList<>(List.of("id", "from_party", "relationship_kind", "to_party", "strength",
                "since", "ended_on", "owner_branch"));
        if (includeNotes) {
            fields.add(RELATIONSHIP.NOTES);
            columns.add("notes");
        }
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(fields).from(RELATIONSHIP)
                .leftJoin(fromPerson).on(fromPerson.ID.eq(RELATIONSHIP.FROM_PERSON_ID))
                .leftJoin(fromOrg).on(fromOrg.ID.eq(RELATIONSHIP.FROM_ORG_ID))
                .leftJoin(toPerson).on(toPerson.ID.eq(RELATIONSHIP.TO_PERSON_ID))
                .leftJoin(toOrg).on(toOrg.ID.eq(RELATIONSHIP.TO_ORG_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(RELATIONSHIP.OWNER_BRANCH_ID))
                .orderBy(RELATIONSHIP.ID)
                .forEach(r -> rows.add(Arrays.asList(r.intoArray())));
        return new ExportTable("Relationer", columns, rows);
    }

    /**
     * The logged interactions, newest first, with the people and organisations taking part. The notes are free text
     * about meetings with named people, so they come only with {@code includeNotes} (decision 0020).
     */
    public ExportTable interactions(boolean includeNotes) {
        var people = DSL.field(DSL.select(DSL.listAgg(DSL.concat(PERSON.FIRST_NAME, DSL.inline(" "), PERSON.LAST_NAME), ", ")
                        .withinGroupOrderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME))
                .from(INTERACTION_PARTICIPANT).join(PERSON).on(PERSON.ID.eq(INTERACTION_PARTICIPANT.PERSON_ID))
                .where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID)));
        var organisations = DSL.field(DSL.select(DSL.listAgg(ORGANISATION.NAME, ", ").withinGroupOrderBy(ORGANISATION.NAME))
                .from(INTERACTION_PARTICIPANT).join(ORGANISATION).on(ORGANISATION.ID.eq(INTERACTION_PARTICIPANT.ORGANISATION_ID))
                .where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID)));
        List<SelectField<?>> fields = new ArrayList<>(List.of(INTERACTION.ID, INTERACTION.OCCURRED_ON,
                INTERACTION.KIND, INTERACTION.TOPIC, people, organisations, BRANCH.NAME));
        List<String> columns = new ArrayList<>(List.of("id", "occurred_on", "interaction_kind", "topic", "people",
                "organisations", "branch"));
        if (includeNotes) {
            fields.add(INTERACTION.NOTES);
            columns.add("notes");
        }
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(fields).from(INTERACTION)
                .leftJoin(BRANCH).on(BRANCH.ID.eq(INTERACTION.BRANCH_ID))
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.ID.desc())
                .forEach(r -> rows.add(Arrays.asList(r.intoArray())));
        return new ExportTable("Kontakter", columns, rows);
    }

    /** A person's full name or an organisation's name: a relationship's end is one of the two. */
    private static org.jooq.Field<String> partyName(se.samverkan.store.jooq.tables.Person person,
                                                    se.samverkan.store.jooq.tables.Organisation organisation) {
        return DSL.when(person.ID.isNotNull(), DSL.concat(person.FIRST_NAME, DSL.inline(" "), person.LAST_NAME))
                .otherwise(organisation.NAME);
    }
}
