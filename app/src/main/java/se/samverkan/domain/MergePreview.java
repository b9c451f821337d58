package se.samverkan.domain;

import java.util.List;

/** Two people about to be merged: the one kept, the one that goes, and the fields where they disagree. */
public record MergePreview(Person kept, Person other, List<FieldConflict> conflicts) {

    public MergePreview {
        conflicts = List.copyOf(conflicts);
    }
}
