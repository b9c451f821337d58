package se.samverkan.domain;

import java.util.Objects;

/** One record found by the global search; {@code kind} and {@code id} open its {@link RecordDetail}. */
public record SearchHit(SearchKind kind, long id, String title, String subtitle) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
    }
}
