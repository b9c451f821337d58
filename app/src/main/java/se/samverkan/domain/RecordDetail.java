package se.samverkan.domain;

import java.util.List;
import java.util.Objects;

/** A record opened from the search: its title and its labelled fields, empty values left out. */
public record RecordDetail(SearchKind kind, long id, String title, List<DetailField> fields) {

    public RecordDetail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
    }

    public boolean hasSensitive() {
        return fields.stream().anyMatch(DetailField::sensitive);
    }
}
