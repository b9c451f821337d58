package se.samverkan.domain;

import java.util.List;

/** The person after a merge, and the values of the other side that were not taken (the kept value won). */
public record MergeResult(Person person, List<FieldConflict> notTaken) {

    public MergeResult {
        notTaken = List.copyOf(notTaken);
    }
}
