package se.samverkan.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One prepared INSERT executed as a JDBC batch with a bind per row: far faster than a statement per row, and the
 * caller decides the batch size (the demo writer passes about a thousand rows at a time).
 */
final class BatchInsert {

    private BatchInsert() {
    }

    static <T> void rows(DSLContext dsl, Table<?> table, List<Field<?>> fields, Collection<T> rows,
                         Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        Object[] placeholders = new Object[fields.size()];
        BatchBindStep batch = dsl.batch(dsl.insertInto(table, fields).values(placeholders));
        for (T row : rows) {
            Object[] bind = values.apply(row);
            if (bind.length != fields.size()) {
                throw new IllegalArgumentException(table.getName() + ": " + bind.length + " values for " + fields.size() + " columns");
            }
            batch.bind(bind);
        }
        batch.execute();
    }
}
