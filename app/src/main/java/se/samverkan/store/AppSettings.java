package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.APP_META;

import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Small remembered choices (such as the report dialog's last type, branch and period) kept in the encrypted
 * database rather than a plain preferences file, since some of them name people (the report's author).
 */
public final class AppSettings {

    private final DSLContext dsl;

    AppSettings(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(key))
                .fetchOptional(r -> r.value1());
    }

    /** Sets or, for null, removes a choice. A remembered choice is not a change of data, so it is not audited. */
    public void put(String key, String value) {
        dsl.deleteFrom(APP_META).where(APP_META.META_KEY.eq(key)).execute();
        if (value != null) {
            dsl.insertInto(APP_META).set(APP_META.META_KEY, key).set(APP_META.META_VALUE, value).execute();
        }
    }
}
