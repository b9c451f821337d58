package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
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

    public ExportTable people(boolean includeSensitive) {
        List<String> columns = new ArrayList<>(Arrays.asList("id", "first_name", "last_name", "title", "organisation",
                "branch", "email", "phone", "county", "municipality", "verify_by"));
        if (includeSensitive) {
            columns.addAll(List.of("union_member", "union_role", "political_offices"));
        }
        var employer = ORGANISATION.as("employer");
        var offices = DSL.field(DSL.select(DSL.listAgg(DSL.concat(POLITICAL_OFFICE.BODY,
                                DSL.when(POLITICAL_OFFICE.PARTY.isNotNull(), DSL.concat(DSL.inline(" ("), POLITICAL_OFFICE.PARTY, DSL.inline(")")))
                                        .otherwise(DSL.inline(""))), "; ").withinGroupOrderBy(POLITICAL_OFFICE.ID))
                .from(POLITICAL_OFFICE).where(POLITICAL_OFFICE.PERSON_ID.eq(PERSON.ID)));
        List<List<Object>> rows = new ArrayList<>();
        dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.TITLE, employer.NAME, BRANCH.NAME, PERSON.EMAIL,
                        PERSON.PHONE, COUNTY.NAME_SV, MUNICIPALITY.NAME_SV, PERSON.VERIFY_BY, PERSON.UNION_MEMBER,
                        PERSON.UNION_ROLE, offices)
                .from(PERSON)
                .leftJoin(employer).on(employer.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(PERSON.BRANCH_ID))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(PERSON.COUNTY_CODE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(PERSON.MUNICIPALITY_CODE))
                .orderBy(DSL.lower(PERSON.LAST_NAME), DSL.lower(PERSON.FIRST_NAME), PERSON.ID)
                .fetchSize(1_000)
                .forEach(r -> {
                    List<Object> row = new ArrayList<>(Arrays.asList(r.get(PERSON.ID), r.get(PERSON.FIRST_NAME),
                            r.get(PERSON.LAST_NAME), r.get(PERSON.TITLE), r.get(employer.NAME), r.get(BRANCH.NAME),
                            r.get(PERSON.EMAIL), r.get(PERSON.PHONE), r.get(COUNTY.NAME_SV), r.get(MUNICIPALITY.NAME_SV),
                            r.get(PERSON.VERIFY_BY)));
                    if (includeSensitive) {
                        row.addAll(Arrays.asList(r.get(PERSON.UNION_MEMBER), r.get(PERSON.UNION_ROLE), r.get(offices)));
                    }
                    rows.add(row);
                });
        return new ExportTable("Personer", columns, rows);
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
}
