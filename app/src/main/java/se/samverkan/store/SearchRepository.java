package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.ACTOR_TYPE;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_TYPE;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_TYPE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.NameKey;
import se.samverkan.domain.RecordDetail;
import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;

/**
 * The global search: case-insensitive "contains" over the names people type, a few hits per kind. People (up to
 * 100,000) and organisations (over 10,000 then) would cost 0.4-2 s per keystroke as a scan of the encrypted file, so
 * the service searches in-memory indexes of {@link #personNameKeys()} and {@link #organisationNameKeys()} and fetches
 * only the hits by id. Forums and workshops (dozens to hundreds) are searched here with LIKE.
 */
public final class SearchRepository {

    private final DSLContext dsl;
    private final boolean english;

    SearchRepository(DSLContext dsl, boolean english) {
        this.dsl = dsl;
        this.english = english;
    }

    /** Every person's searchable text, in the order hits are listed (last name, first name, id). */
    public List<NameKey> personNameKeys() {
        return dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.EMAIL)
                .from(PERSON)
                .orderBy(DSL.lower(PERSON.LAST_NAME), DSL.lower(PERSON.FIRST_NAME), PERSON.ID)
                .fetch(r -> new NameKey(r.get(PERSON.ID), r.get(PERSON.FIRST_NAME) + " " + r.get(PERSON.LAST_NAME)
                        + (r.get(PERSON.EMAIL) == null ? "" : " " + r.get(PERSON.EMAIL))));
    }

    /** The hits for these people, in the order of {@code ids}; people deleted meanwhile are left out. */
    public List<SearchHit> peopleByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> found = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.TITLE, ORGANISATION.NAME)
                .from(PERSON)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ID.in(ids))
                .forEach(r -> found.put(r.get(PERSON.ID), new SearchHit(SearchKind.PERSON, r.get(PERSON.ID),
                        r.get(PERSON.FIRST_NAME) + " " + r.get(PERSON.LAST_NAME),
                        joined(r.get(PERSON.TITLE), r.get(ORGANISATION.NAME)))));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every organisation's name, in hit order (name, id). */
    public List<NameKey> organisationNameKeys() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME)
                .from(ORGANISATION)
                .orderBy(DSL.lower(ORGANISATION.NAME), ORGANISATION.ID)
                .fetch(r -> new NameKey(r.get(ORGANISATION.ID), r.get(ORGANISATION.NAME)));
    }

    /** The hits for these organisations, in the order of {@code ids}; ones deleted meanwhile are left out. */
    public List<SearchHit> organisationsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var typeName = english ? ACTOR_TYPE.NAME_EN : ACTOR_TYPE.NAME_SV;
        Map<Long, SearchHit> found = new HashMap<>();
        dsl.select(ORGANISATION.ID, ORGANISATION.NAME, typeName, MUNICIPALITY.NAME_SV)
                .from(ORGANISATION)
                .join(ACTOR_TYPE).on(ACTOR_TYPE.CODE.eq(ORGANISATION.ACTOR_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(ORGANISATION.MUNICIPALITY_CODE))
                .where(ORGANISATION.ID.in(ids))
                .forEach(r -> found.put(r.get(ORGANISATION.ID), new SearchHit(SearchKind.ORGANISATION,
                        r.get(ORGANISATION.ID), r.get(ORGANISATION.NAME), joined(r.get(typeName), r.get(MUNICIPALITY.NAME_SV)))));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Hits among forums and workshops, grouped in that order, at most {@code limitPerKind} of each. */
    public List<SearchHit> searchForumsAndWorkshops(String text, int limitPerKind) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(forums(q, limitPerKind));
        hits.addAll(workshops(q, limitPerKind));
        return hits;
    }

    private List<SearchHit> forums(String q, int limit) {
        var typeName = english ? FORUM_TYPE.NAME_EN : FORUM_TYPE.NAME_SV;
        return dsl.select(FORUM.ID, FORUM.NAME, typeName)
                .from(FORUM)
                .join(FORUM_TYPE).on(FORUM_TYPE.CODE.eq(FORUM.FORUM_TYPE))
                .where(FORUM.NAME.containsIgnoreCase(q))
                .orderBy(FORUM.NAME, FORUM.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.FORUM, r.get(FORUM.ID), r.get(FORUM.NAME), r.get(typeName)));
    }

    private List<SearchHit> workshops(String q, int limit) {
        var typeName = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        return dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.HELD_ON, typeName)
                .from(WORKSHOP)
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(WORKSHOP.WORKSHOP_TYPE))
                .where(WORKSHOP.TITLE.containsIgnoreCase(q))
                .orderBy(WORKSHOP.HELD_ON.desc().nullsLast(), WORKSHOP.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.WORKSHOP, r.get(WORKSHOP.ID), r.get(WORKSHOP.TITLE),
                        joined(r.get(WORKSHOP.HELD_ON) == null ? null : r.get(WORKSHOP.HELD_ON).toString(),
                                r.get(typeName))));
    }

    /** The record behind a hit, or empty if it was deleted since the search. */
    public Optional<RecordDetail> detail(SearchKind kind, long id) {
        RecordDetails details = new RecordDetails(dsl, english);
        return switch (kind) {
            case PERSON -> details.person(id);
            case ORGANISATION -> details.organisation(id);
            case FORUM -> details.forum(id);
            case WORKSHOP -> details.workshop(id);
        };
    }

    static String joined(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(" · ", present);
    }
}
