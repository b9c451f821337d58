package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.FOLLOW_UP;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_MEETING;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.INTERACTION_PARTICIPANT;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.WORKSHOP;
import static se.samverkan.store.jooq.Tables.WORKSHOP_TYPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samverkan.domain.FollowUpDue;
import se.samverkan.domain.SeatTermEnding;
import se.samverkan.domain.UpcomingWorkshop;

/** The read models of the home screen: what is due, what ends soon, what comes next. */
public final class HomeRepository {

    /** Enough for a screen; a coordinator with more open follow-ups needs the full list view, not the home card. */
    static final int MAX_FOLLOW_UPS = 50;
    static final int MAX_SEATS = 50;

    private final DSLContext dsl;
    private final boolean english;

    HomeRepository(DSLContext dsl, boolean english) {
        this.dsl = dsl;
        this.english = english;
    }

    /** Open follow-ups due on or before {@code until}, the most overdue first. */
    public List<FollowUpDue> followUpsDue(LocalDate until) {
        var topic = DSL.coalesce(INTERACTION.TOPIC, FORUM.NAME, POLITICAL_DEMAND.TITLE, DSL.inline(""));
        var rows = dsl.select(FOLLOW_UP.ID, FOLLOW_UP.DESCRIPTION, FOLLOW_UP.DUE_DATE, FOLLOW_UP.RESPONSIBLE,
                        FOLLOW_UP.INTERACTION_ID, topic)
                .from(FOLLOW_UP)
                .leftJoin(INTERACTION).on(INTERACTION.ID.eq(FOLLOW_UP.INTERACTION_ID))
                .leftJoin(FORUM_MEETING).on(FORUM_MEETING.ID.eq(FOLLOW_UP.FORUM_MEETING_ID))
                .leftJoin(FORUM).on(FORUM.ID.eq(FORUM_MEETING.FORUM_ID))
                .leftJoin(POLITICAL_DEMAND).on(POLITICAL_DEMAND.ID.eq(FOLLOW_UP.DEMAND_ID))
                .where(FOLLOW_UP.DONE_ON.isNull().and(FOLLOW_UP.DUE_DATE.le(until)))
                .orderBy(FOLLOW_UP.DUE_DATE, FOLLOW_UP.ID)
                .limit(MAX_FOLLOW_UPS)
                .fetch();
        Map<Long, List<String>> participants = participants(rows.getValues(FOLLOW_UP.INTERACTION_ID));
        List<FollowUpDue> result = new ArrayList<>(rows.size());
        for (var r : rows) {
            Long interaction = r.get(FOLLOW_UP.INTERACTION_ID);
            result.add(new FollowUpDue(r.get(FOLLOW_UP.ID), r.get(FOLLOW_UP.DESCRIPTION), r.get(FOLLOW_UP.DUE_DATE),
                    r.get(FOLLOW_UP.RESPONSIBLE), r.get(topic),
                    interaction == null ? List.of() : participants.getOrDefault(interaction, List.of())));
        }
        return result;
    }

    private Map<Long, List<String>> participants(Collection<Long> interactionIds) {
        Map<Long, List<String>> byInteraction = new HashMap<>();
        List<Long> ids = interactionIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return byInteraction;
        }
        var name = DSL.coalesce(DSL.concat(PERSON.FIRST_NAME, DSL.inline(" "), PERSON.LAST_NAME), ORGANISATION.NAME);
        dsl.select(INTERACTION_PARTICIPANT.INTERACTION_ID, name)
                .from(INTERACTION_PARTICIPANT)
                .leftJoin(PERSON).on(PERSON.ID.eq(INTERACTION_PARTICIPANT.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(INTERACTION_PARTICIPANT.ORGANISATION_ID))
                .where(INTERACTION_PARTICIPANT.INTERACTION_ID.in(ids))
                .orderBy(INTERACTION_PARTICIPANT.INTERACTION_ID, PERSON.LAST_NAME.nullsLast(), name)
                .forEach(r -> byInteraction.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byInteraction;
    }

    /** Forum seats whose term ends between {@code from} and {@code to} (both inclusive), soonest first. */
    public List<SeatTermEnding> seatTermsEnding(LocalDate from, LocalDate to) {
        return dsl.select(SEAT.ID, FORUM.ID, FORUM.NAME, PERSON.FIRST_NAME, PERSON.LAST_NAME, SEAT.ROLE, SEAT.TERM_TO)
                .from(SEAT)
                .join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))
                .join(PERSON).on(PERSON.ID.eq(SEAT.PERSON_ID))
                .where(SEAT.TERM_TO.between(from, to))
                .orderBy(SEAT.TERM_TO, FORUM.NAME, SEAT.ID)
                .limit(MAX_SEATS)
                .fetch(r -> new SeatTermEnding(r.get(SEAT.ID), r.get(FORUM.ID), r.get(FORUM.NAME),
                        r.get(PERSON.FIRST_NAME) + " " + r.get(PERSON.LAST_NAME), r.get(SEAT.ROLE), r.get(SEAT.TERM_TO)));
    }

    /** Planned workshops (and dated ideas) on or after {@code from}, nearest first. */
    public List<UpcomingWorkshop> upcomingWorkshops(LocalDate from, int limit) {
        var typeName = english ? WORKSHOP_TYPE.NAME_EN : WORKSHOP_TYPE.NAME_SV;
        return dsl.select(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.HELD_ON, WORKSHOP.STATUS, typeName, MUNICIPALITY.NAME_SV)
                .from(WORKSHOP)
                .join(WORKSHOP_TYPE).on(WORKSHOP_TYPE.CODE.eq(WORKSHOP.WORKSHOP_TYPE))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(WORKSHOP.MUNICIPALITY_CODE))
                .where(WORKSHOP.HELD_ON.ge(from).and(WORKSHOP.STATUS.in("PLANNED", "IDEA")))
                .orderBy(WORKSHOP.HELD_ON, WORKSHOP.START_TIME.nullsLast(), WORKSHOP.ID)
                .limit(limit)
                .fetch(r -> new UpcomingWorkshop(r.get(WORKSHOP.ID), r.get(WORKSHOP.TITLE), r.get(WORKSHOP.HELD_ON),
                        r.get(WORKSHOP.STATUS), r.get(typeName), r.get(MUNICIPALITY.NAME_SV)));
    }
}
