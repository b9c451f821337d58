package se.samverkan.service.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverkan.domain.NameKey;

/**
 * An in-memory snapshot of the searchable text of every person (name and e-mail) or organisation (name), lower-cased,
 * in hit order. A "contains" over 100,000 of them takes about a millisecond, where the same scan in the encrypted
 * database takes up to seconds: fast enough to search as the coordinator types.
 */
final class NameIndex {

    private final long[] ids;
    private final String[] texts;

    private NameIndex(long[] ids, String[] texts) {
        this.ids = ids;
        this.texts = texts;
    }

    static NameIndex of(List<NameKey> keys) {
        long[] ids = new long[keys.size()];
        String[] texts = new String[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = keys.get(i).id();
            texts[i] = normalise(keys.get(i).text());
        }
        return new NameIndex(ids, texts);
    }

    /** The first {@code limit} ids, in hit order, whose text contains {@code query} (any case). */
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
