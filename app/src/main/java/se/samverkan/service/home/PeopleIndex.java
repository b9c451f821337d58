package se.samverkan.service.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverkan.domain.PersonNameKey;

/**
 * An in-memory snapshot of every person's name and e-mail, lower-cased, in hit order. A "contains" over 100,000 of
 * them takes a few milliseconds, where the same scan in the encrypted database takes up to seconds: fast enough to
 * search as the coordinator types.
 */
final class PeopleIndex {

    private final long[] ids;
    private final String[] texts;

    private PeopleIndex(long[] ids, String[] texts) {
        this.ids = ids;
        this.texts = texts;
    }

    static PeopleIndex of(List<PersonNameKey> keys) {
        long[] ids = new long[keys.size()];
        String[] texts = new String[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = keys.get(i).id();
            texts[i] = normalise(keys.get(i).text());
        }
        return new PeopleIndex(ids, texts);
    }

    /** The first {@code limit} people, in hit order, whose name or e-mail contains {@code query} (any case). */
    List<Long> find(String query, int limit) {
        String q = normalise(query);
        List<Long> found = new ArrayList<>(limit);
        for (int i = 0; i < texts.length && found.size() < limit; i++) {
            if (texts[i].contains(q)) {
                found.add(ids[i]);
            }
        }
        return found;
    }

    int size() {
        return ids.length;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
