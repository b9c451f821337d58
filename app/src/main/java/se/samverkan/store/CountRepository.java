package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.AUDIT_ENTRY;
import static se.samverkan.store.jooq.Tables.BRANCH;
import static se.samverkan.store.jooq.Tables.FORUM;
import static se.samverkan.store.jooq.Tables.FUNDING_PROJECT;
import static se.samverkan.store.jooq.Tables.INDICATOR;
import static se.samverkan.store.jooq.Tables.INTERACTION;
import static se.samverkan.store.jooq.Tables.ORGANISATION;
import static se.samverkan.store.jooq.Tables.OUTCOME;
import static se.samverkan.store.jooq.Tables.PERSON;
import static se.samverkan.store.jooq.Tables.POLITICAL_DEMAND;
import static se.samverkan.store.jooq.Tables.RELATIONSHIP;
import static se.samverkan.store.jooq.Tables.SEAT;
import static se.samverkan.store.jooq.Tables.TARGET;
import static se.samverkan.store.jooq.Tables.WORKSHOP;

import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.samverkan.domain.RecordCounts;
import se.samverkan.domain.RecordKind;

/** Counts records per kind in one query. */
public final class CountRepository {

    private static final Map<RecordKind, Table<?>> TABLES = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordKind.BRANCHES, BRANCH),
            Map.entry(RecordKind.PEOPLE, PERSON),
            Map.entry(RecordKind.ORGANISATIONS, ORGANISATION),
            Map.entry(RecordKind.RELATIONSHIPS, RELATIONSHIP),
            Map.entry(RecordKind.INTERACTIONS, INTERACTION),
            Map.entry(RecordKind.FORUMS, FORUM),
            Map.entry(RecordKind.SEATS, SEAT),
            Map.entry(RecordKind.WORKSHOPS, WORKSHOP),
            Map.entry(RecordKind.INDICATORS, INDICATOR),
            Map.entry(RecordKind.TARGETS, TARGET),
            Map.entry(RecordKind.OUTCOMES, OUTCOME),
            Map.entry(RecordKind.DEMANDS, POLITICAL_DEMAND),
            Map.entry(RecordKind.FUNDING_PROJECTS, FUNDING_PROJECT),
            Map.entry(RecordKind.AUDIT_ENTRIES, AUDIT_ENTRY)));

    private final DSLContext dsl;

    CountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RecordCounts all() {
        Map<RecordKind, Field<Integer>> fields = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            fields.put(kind, DSL.field(DSL.selectCount().from(TABLES.get(kind))).as(kind.cliName()));
        }
        var row = dsl.select(fields.values()).fetchOne();
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        fields.forEach((kind, field) -> counts.put(kind, row.get(field.getName(), Long.class)));
        return new RecordCounts(counts);
    }
}
