package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.SEAT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import se.samverkan.domain.AuditAction;
import se.samverkan.domain.ExportTable;
import se.samverkan.domain.Seat;
import se.samverkan.domain.SeatRow;
import se.samverkan.store.jooq.tables.records.SeatRecord;

/** Seats in forums: who sits there, representing whom, in which role and for which term; audited. */
public final class SeatRepository {

    static final String ENTITY = "seat";
    private final DSLContext dsl;
    private final AuditLog audit;

    SeatRepository(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public Seat create(Seat seat) {
        SeatRecord record = dsl.newRecord(SEAT);
        copy(seat, record);
        record.store();
        audit.record(AuditAction.CREATE, ENTITY, record.getId(), "Forumplats skapad", null, record);
        return toDomain(record);
    }

    public Seat update(Seat seat) {
        SeatRecord record = existing(seat.id());
        SeatRecord before = record.copy();
        before.setId(record.getId());
        copy(seat, record);
        record.store();
        audit.record(AuditAction.UPDATE, ENTITY, seat.id(), "Forumplats ändrad", before, record);
        return toDomain(record);
    }

    public void delete(long id) {
        SeatRecord record = existing(id);
        record.delete();
        audit.record(AuditAction.DELETE, ENTITY, id, "Forumplats borttagen", record, null);
    }

    public Optional<Seat> find(long id) {
        return dsl.fetchOptional(SEAT, SEAT.ID.eq(id)).map(SeatRepository::toDomain);
    }

    /** The seats of one forum, current and future first, then by term end. */
    public List<SeatRow> ofForum(long forumId) {
        return rows(SEAT.FORUM_ID.eq(forumId));
    }

    /** Every seat: the coverage lists are computed from them. */
    public List<SeatRow> all() {
        return rows(DSL.noCondition());
    }

    /** Seats whose term ends between {@code from} and {@code to}, both inclusive, soonest first. */
    public List<SeatRow> endingBetween(LocalDate from, LocalDate to) {
        return rows(SEAT.TERM_TO.between(from, to));
    }

    private List<SeatRow> rows(Condition where) {
        return dsl.select(SEAT.ID, SEAT.FORUM_ID, FORUM.NAME, SEAT.PERSON_ID, PERSON.FIRST_NAME, PERSON.LAST_NAME,
                        SEAT.REPRESENTS, SEAT.REPRESENTS_BRANCH_ID, BRANCH.NAME, SEAT.ROLE, SEAT.TERM_FROM, SEAT.TERM_TO)
                .from(SEAT)
                .join(FORUM).on(FORUM.ID.eq(SEAT.FORUM_ID))
                .join(PERSON).on(PERSON.ID.eq(SEAT.PERSON_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(SEAT.REPRESENTS_BRANCH_ID))
                .where(where)
                .orderBy(SEAT.TERM_TO.nullsLast(), FORUM.NAME, SEAT.ID)
                .fetch(SeatRepository::row);
    }

    private static SeatRow row(Record r) {
        return new SeatRow(r.get(SEAT.ID), r.get(SEAT.FORUM_ID), r.get(FORUM.NAME), r.get(SEAT.PERSON_ID),
                r.get(PERSON.FIRST_NAME) + " " + r.get(PERSON.LAST_NAME), r.get(SEAT.REPRESENTS),
                r.get(SEAT.REPRESENTS_BRANCH_ID), r.get(BRANCH.NAME), r.get(SEAT.ROLE), r.get(SEAT.TERM_FROM),
                r.get(SEAT.TERM_TO));
    }

    /** The seats for {@code export seats}: the first column is the id. */
    public ExportTable export() {
        List<List<Object>> rows = new ArrayList<>();
        for (SeatRow s : all()) {
            rows.add(Arrays.asList(s.id(), s.forumName(), s.personName(), s.represents(), s.branchName(), s.role(),
                    s.termFrom(), s.termTo()));
        }
        return new ExportTable("Platser", List.of("id", "forum", "person", "represents", "branch", "role", "term_from",
                "term_to"), rows);
    }

    private SeatRecord existing(long id) {
        return dsl.fetchOptional(SEAT, SEAT.ID.eq(id))
                .orElseThrow(() -> new IllegalArgumentException("no seat with id " + id));
    }

    private static void copy(Seat s, SeatRecord r) {
        r.setForumId(s.forumId());
        r.setPersonId(s.personId());
        r.setRepresents(s.represents());
        r.setRepresentsBranchId("BRANCH".equals(s.represents()) ? s.representsBranchId() : null);
        r.setRole(s.role());
        r.setTermFrom(s.termFrom());
        r.setTermTo(s.termTo());
    }

    private static Seat toDomain(SeatRecord r) {
        return new Seat(r.getId(), r.getForumId(), r.getPersonId(), r.getRepresents(), r.getRepresentsBranchId(),
                r.getRole(), r.getTermFrom(), r.getTermTo());
    }
}
