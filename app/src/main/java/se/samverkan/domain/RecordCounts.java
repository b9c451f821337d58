package se.samverkan.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many records of each kind a database holds. */
public record RecordCounts(Map<RecordKind, Long> counts) {

    public RecordCounts {
        EnumMap<RecordKind, Long> copy = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            copy.put(kind, counts.getOrDefault(kind, 0L));
        }
        counts = Collections.unmodifiableMap(copy);
    }

    public long of(RecordKind kind) {
        return counts.get(kind);
    }
}
