package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FORUM_TYPE;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.SEAT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.ExportTable;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumFilter;
import se.samverkan.domain.ForumRow;
import se.samverkan.domain.ForumType;
import se.samverkan.store.jooq.tables.records.ForumRecord;

/**
 * Samverkansforum: the registry, its list and export. Seats and meetings have their own repositories
 * ({@link #seats()}, {@link #meetings()}); every change is audited in the same transaction.
 */
public final class ForumRepository {

    static final String ENTITY = "forum";
    private final DSLContext dsl;
    private final AuditLog audit;
    private final boolean english;

    ForumRepository(DSLContext dsl, AuditLog audit, boolean english) {
        this.dsl = dsl;
        this.audit = audit;
        this.english = english;
    }

    public SeatRepository seats() {
        return new SeatRepository(dsl, audit);
    }

    public ForumMeetingRepository meetings() {
        return new ForumMeetingRepository(dsl, audit);
    }

    public List<ForumType> types() {
        var name = english ? FORUM_TYPE.NAME_EN : FORUM_TYPE.NAME_SV;
        return dsl.select(FORUM_TYPE.CODE, name, FORUM_TYPE.KEY_FORUM).from(FORUM_TYPE)
                .orderBy(DSL.when(FORUM_TYPE.CODE.eq("OTHER"), 1).otherwise(0), name)
                .fetch(r -> new ForumType(r.value1(), r.value2(), r.value3()));
    }

    public Forum create(Forum forum, String notes) {
        ForumRecord record = dsl.newRecord(FORUM);
        copy(forum, notes, record);
        record.store();
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Forum skapat", null, record);
        return toDomain(record);
    }

    public Forum update(Forum forum, String notes) {
        ForumRecord record = existing(forum.id());
        ForumRecord before = record.copy();
        before.setId(record.getId());
        copy(forum, notes, record);
        record.setUpdatedAt(LocalDateTime.now());
        record.store();
        audit.record(AuditAction.UPDATE, ENTITY, forum.id(), "Forum ändrat", before, record);
        return toDomain(record);
    }

    /** Deletes the forum; its seats and meetings go with it (cascade). */
    public void delete(long id) {
        ForumRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Forum borttaget", record, null);
    }

    public Optional<Forum> find(long id) {
        return dsl.fetchOptional(FORUM, FORUM.ID.eq(id)).map(ForumRepository::toDomain);
    }

    public String notes(long id) {
        return dsl.select(FORUM.NOTES).from(FORUM).where(FORUM.ID.eq(id)).fetchOptional(FORUM.NOTES).orElse(null);
    }

    /** Every forum, by name: the coverage lists are computed from them in the service. */
    public List<Forum> all() {
        return dsl.selectFrom(FORUM).orderBy(FORUM.NAME, FORUM.ID).fetch(ForumRepository::toDomain);
    }

    /** The forums matching {@code filter}, by name; union seats counted as they hold on {@code today}. */
    public List<ForumRow> list(ForumFilter filter, LocalDate today) {
        var typeName = english ? FORUM_TYPE.NAME_EN : FORUM_TYPE.NAME_SV;
        var place = DSL.coalesce(MUNICIPALITY.NAME_SV, COUNTY.NAME_SV);
        Field<Integer> seats = DSL.field(DSL.selectCount().from(SEAT)
                .where(SEAT.FORUM_ID.eq(FORUM.ID).and(current(today))));
        Field<Integer> unionSeats = DSL.field(DSL.selectCount().from(SEAT)
                .where(SEAT.FORUM_ID.eq(FORUM.ID).and(current(today)).and(SEAT.REPRESENTS.in("BRANCH", "UNION"))));
        return dsl.select(FORUM.ID, FORUM.NAME, FORUM.FORUM_TYPE, typeName, FORUM.LEVEL, countyOf(), place,
                        ORGANISATION.NAME, FORUM.MEETING_RHYTHM, FORUM.UNION_INITIATED, seats, unionSeats)
                .from(FORUM)
                .join(FORUM_TYPE).on(FORUM_TYPE.CODE.eq(FORUM.FORUM_TYPE))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(FORUM.CONVENOR_ORG_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.CODE.eq(FORUM.MUNICIPALITY_CODE))
                .leftJoin(COUNTY).on(COUNTY.CODE.eq(FORUM.COUNTY_CODE))
                .where(conditions(filter))
                .orderBy(DSL.lower(FORUM.NAME), FORUM.ID)
                .fetch(r -> new ForumRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), Boolean.TRUE.equals(r.value10()), r.value11(), r.value12()));
    }

    /** The forum's county: its own, else its municipality's. */
    private static Field<String> countyOf() {
        return DSL.coalesce(FORUM.COUNTY_CODE, MUNICIPALITY.COUNTY_CODE);
    }

    static Condition current(LocalDate today) {
        return SEAT.TERM_FROM.le(today).and(SEAT.TERM_TO.isNull().or(SEAT.TERM_TO.ge(today)));
    }

    private static List<Condition> conditions(ForumFilter f) {
        List<Condition> where = new ArrayList<>();
        if (PersonRepository.present(f.text())) {
            where.add(DSL.lower(FORUM.NAME).like("%" + f.text().trim().toLowerCase(java.util.Locale.ROOT) + "%"));
        }
        if (PersonRepository.present(f.forumType())) {
            where.add(FORUM.FORUM_TYPE.eq(f.forumType()));
        }
        if (PersonRepository.present(f.level())) {
            where.add(FORUM.LEVEL.eq(f.level()));
        }
        if (PersonRepository.present(f.countyCode())) {
            // As in the coverage matrix: a NUTS-area forum serves every county of its area.
            var area = COUNTY.as("area");
            where.add(countyOf().eq(f.countyCode()).or(countyOf().isNull().and(FORUM.NUTS_CODE.in(
                    DSL.select(area.NUTS_CODE).from(area).where(area.CODE.eq(f.countyCode()))))));
        }
        return where;
    }

    /** The forums for {@code export forums}: the first column is the id. */
    public ExportTable export(LocalDate today) {
        List<List<Object>> rows = new ArrayList<>();
        for (ForumRow f : list(ForumFilter.all(), today)) {
            rows.add(Arrays.asList(f.id(), f.name(), f.typeName(), f.level(), f.placeName(), f.convenorName(),
                    f.meetingRhythm(), f.unionInitiated(), f.seats(), f.unionSeats()));
        }
        return new ExportTable("Samverkansforum", List.of("id", "name", "forum_type", "level", "place", "convenor",
                "meeting_rhythm", "union_initiated", "seats", "union_seats"), rows);
    }

    private ForumRecord existing(long id) {
        return dsl.fetchOptional(FORUM, FORUM.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no forum with id " + id));
    }

    private static void copy(Forum f, String notes, ForumRecord r) {
        r.setName(f.name());
        r.setForumType(f.forumType());
        r.setLevel(f.level());
        r.setNutsCode(f.nutsCode());
        r.setCountyCode(f.countyCode());
        r.setMunicipalityCode(f.municipalityCode());
        r.setConvenorOrgId(f.convenorOrgId());
        r.setMeetingRhythm(f.meetingRhythm());
        r.setUnionInitiated(f.unionInitiated());
        r.setNotes(notes);
    }

    private static Forum toDomain(ForumRecord r) {
        return new Forum(r.getId(), r.getName(), r.getForumType(), r.getLevel(), r.getNutsCode(), r.getCountyCode(),
                r.getMunicipalityCode(), r.getConvenorOrgId(), r.getMeetingRhythm(),
                Boolean.TRUE.equals(r.getUnionInitiated()));
    }
}
