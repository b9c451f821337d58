package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
import static se.samverkan.store.jooq.Tables.AGENDA_ITEM;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_TYPE;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.PARTICIPATION;
import static se.samverkan.store.jooq.Tables.POLITICAL_OFFICE;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_BRANCH;
import static se.samverkan.store.jooq.Tables.WORKSHOP_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.DetailField;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchKind;

/**
 * Reads one record as labelled fields for the detail pane. Union membership and political offices are flagged
 * sensitive (GDPR art. 9) so the window can mark them. Labels and coded values are resource-bundle keys.
 */
final class RecordDetails {

    private final DSLContext dsl;
    private final boolean english;

    RecordDetails(DSLContext dsl, boolean english) {
        this.dsl = dsl;
        this.english = english;
    }

    Optional<RecordDetail> person(long id) {
        var p = PERSON;
        return dsl.select(p.FIRST_NAME, p.LAST_NAME, p.TITLE, p.EMAIL, p.PHONE, p.UNION_MEMBER, p.UNION_ROLE, p.NOTES,
                        p.VERIFY_BY, ORGANISATION.NAME, BRANCH.NAME, MUNICIPALITY.NAME_SV, COUNTY.NAME_SV)
                .from(p)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(p.ORGANISATION_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(p.BRANCH_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(p.MUNICIPALITY_CODE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(p.COUNTY_CODE))
                .where(p.ID.eq(id))
                .fetchOptional(r -> {
                    Fields f = new Fields();
                    f.text("title", r.get(p.TITLE));
                    f.text("organisation", r.get(ORGANISATION.NAME));
                    f.text("branch", r.get(BRANCH.NAME));
                    f.text("email", r.get(p.EMAIL));
                    f.text("phone", r.get(p.PHONE));
                    f.text("municipality", r.get(MUNICIPALITY.NAME_SV));
                    f.text("county", r.get(COUNTY.NAME_SV));
                    Boolean member = r.get(p.UNION_MEMBER);
                    if (member != null) {
                        f.add(DetailField.sensitive(key("union_member"), member ? "ui.value.yes" : "ui.value.no", true));
                    }
                    String unionRole = r.get(p.UNION_ROLE);
                    if (unionRole != null && !unionRole.isBlank()) {
                        f.add(DetailField.sensitive(key("union_role"), unionRole, false));
                    }
                    politicalOffices(id).forEach(f::add);
                    f.text("verify_by", value(r.get(p.VERIFY_BY)));
                    f.text("notes", r.get(p.NOTES));
                    return new RecordDetail(SearchKind.PERSON, id, r.get(p.FIRST_NAME) + " " + r.get(p.LAST_NAME), f.list);
                });
    }

    private List<DetailField> politicalOffices(long personId) {
        return dsl.select(POLITICAL_OFFICE.ROLE, POLITICAL_OFFICE.BODY, POLITICAL_OFFICE.PARTY,
                        POLITICAL_OFFICE.TERM_FROM, POLITICAL_OFFICE.TERM_TO)
                .from(POLITICAL_OFFICE)
                .where(POLITICAL_OFFICE.PERSON_ID.eq(personId))
                .orderBy(POLITICAL_OFFICE.TERM_FROM.desc().nullsLast(), POLITICAL_OFFICE.ID)
                .fetch(r -> {
                    String term = r.get(POLITICAL_OFFICE.TERM_FROM) == null && r.get(POLITICAL_OFFICE.TERM_TO) == null ? null
                            : value(r.get(POLITICAL_OFFICE.TERM_FROM)) + "–" + value(r.get(POLITICAL_OFFICE.TERM_TO));
                    String text = SearchRepository.joined(r.get(POLITICAL_OFFICE.ROLE), r.get(POLITICAL_OFFICE.BODY),
                            r.get(POLITICAL_OFFICE.PARTY), term);
                    return DetailField.sensitive(key("political_office"), text, false);
                });
    }

    Optional<RecordDetail> organisation(long id) {
        var o = ORGANISATION;
        var typeName = english ? ACTOR_TYPE.NAME_EN : ACTOR_TYPE.NAME_SV;
        var people = DSL.field(DSL.selectCount().from(PERSON).where(PERSON.ORGANISATION_ID.eq(o.ID)));
        return dsl.select(o.NAME, typeName, o.EMAIL, o.PHONE, o.WEBSITE, o.NOTES, MUNICIPALITY.NAME_SV, COUNTY.NAME_SV, people,
                        o.VERIFY_BY)
                .from(o)
                .join(ACTOR_TYPE).on(ACTOR_TYPE.CODE.eq(o.ACTOR_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(o.MUNICIPALITY_CODE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(o.COUNTY_CODE))
                .where(o.ID.eq(id))
                .fetchOptional(r -> {
                    Fields f = new Fields();
                    f.text("actor_type", r.get(typeName));
                    f.text("municipality", r.get(MUNICIPALITY.NAME_SV));
                    f.text("county", r.get(COUNTY.NAME_SV));
                    f.text("email", r.get(o.EMAIL));
                    f.text("phone", r.get(o.PHONE));
                    f.text("website", r.get(o.WEBSITE));
                    f.text("contacts", String.valueOf(r.get(people)));
                    f.text("verify_by", value(r.get(o.VERIFY_BY)));
                    f.text("notes", r.get(o.NOTES));
                    return new RecordDetail(SearchKind.ORGANISATION, id, r.get(o.NAME), f.list);
                });
    }

    Optional<RecordDetail> forum(long id) {
        var typeName = english ? FORUM_TYPE.NAME_EN : FORUM_TYPE.NAME_SV;
        var seats = DSL.field(DSL.selectCount().from(SEAT).where(SEAT.FORUM_ID.eq(FORUM.ID)));
        return dsl.select(FORUM.NAME, typeName, FORUM.LEVEL, FORUM.MEETING_RHYTHM, FORUM.UNION_INITIATED, FORUM.NOTES,
                        ORGANISATION.NAME, COUNTY.NAME_SV, seats)
                .from(FORUM)
                .join(FORUM_TYPE).on(FORUM_TYPE.CODE.eq(FORUM.FORUM_TYPE))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(FORUM.CONVENOR_ORG_ID))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(FORUM.COUNTY_CODE))
                .where(FORUM.ID.eq(id))
                .fetchOptional(r -> {
                    Fields f = new Fields();
                    f.text("forum_type", r.get(typeName));
                    f.add(DetailField.coded(key("level"), "ui.level." + r.get(FORUM.LEVEL)));
                    f.text("county", r.get(COUNTY.NAME_SV));
                    f.text("convenor", r.get(ORGANISATION.NAME));
                    f.text("meeting_rhythm", r.get(FORUM.MEETING_RHYTHM));
                    f.add(DetailField.coded(key("union_initiated"),
                            Boolean.TRUE.equals(r.get(FORUM.UNION_INITIATED)) ? "ui.value.yes" : "ui.value.no"));
                    f.text("seats", String.valueOf(r.get(seats)));
                    f.text("notes", r.get(FORUM.NOTES));
                    return new RecordDetail(SearchKind.FORUM, id, r.get(FORUM.NAME), f.list);
                });
    }

    Optional<RecordDetail> workshop(long id) {
        var typeName = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        var w = WORKSHOP;
        var branches = DSL.field(DSL.select(DSL.listAgg(BRANCH.NAME, ", ").withinGroupOrderBy(BRANCH.NAME))
                .from(WORKSHOP_BRANCH).join(BRANCH).on(BRANCH.ID.eq(WORKSHOP_BRANCH.BRANCH_ID))
                .where(WORKSHOP_BRANCH.WORKSHOP_ID.eq(w.ID)));
        var minutes = DSL.field(DSL.select(DSL.sum(AGENDA_ITEM.DURATION_MINUTES)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.WORKSHOP_ID.eq(w.ID)));
        var women = DSL.field(DSL.select(DSL.sum(PARTICIPATION.WOMEN)).from(PARTICIPATION)
                .where(PARTICIPATION.WORKSHOP_ID.eq(w.ID)));
        var men = DSL.field(DSL.select(DSL.sum(PARTICIPATION.MEN)).from(PARTICIPATION)
                .where(PARTICIPATION.WORKSHOP_ID.eq(w.ID)));
        return dsl.select(w.TITLE, typeName, w.STATUS, w.HELD_ON, w.START_TIME, w.ADDRESS, w.ONLINE_LINK, w.FACILITATOR,
                        MUNICIPALITY.NAME_SV, branches, minutes, women, men)
                .from(w)
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(w.WORKSHOP_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(w.MUNICIPALITY_CODE))
                .where(w.ID.eq(id))
                .fetchOptional(r -> {
                    Fields f = new Fields();
                    f.text("workshop_type", r.get(typeName));
                    f.add(DetailField.coded(key("status"), "ui.workshop.status." + r.get(w.STATUS)));
                    f.text("date", r.get(w.HELD_ON) == null ? null
                            : SearchRepository.joined(r.get(w.HELD_ON).toString(), value(r.get(w.START_TIME))));
                    f.text("municipality", r.get(MUNICIPALITY.NAME_SV));
                    f.text("address", r.get(w.ADDRESS));
                    f.text("online_link", r.get(w.ONLINE_LINK));
                    f.text("facilitator", r.get(w.FACILITATOR));
                    f.text("branches", r.get(branches));
                    f.text("agenda_minutes", r.get(minutes) == null ? null : r.get(minutes) + " min");
                    f.text("women", value(r.get(women)));
                    f.text("men", value(r.get(men)));
                    return new RecordDetail(SearchKind.WORKSHOP, id, r.get(w.TITLE), f.list);
                });
    }

    private static String key(String field) {
        return "ui.detail." + field;
    }

    private static String value(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Collects fields, leaving out empty ones so the pane shows only what is known. */
    private static final class Fields {
        final List<DetailField> list = new ArrayList<>();

        void text(String field, String value) {
            if (value != null && !value.isBlank()) {
                list.add(DetailField.text(key(field), value));
            }
        }

        void add(DetailField field) {
            list.add(field);
        }
    }
}
