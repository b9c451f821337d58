package se.samverkan.ui.search;

import se.samverkan.domain.SearchHit;
import se.samverkan.domain.SearchKind;

/** A line of the result list: a kind's heading, a hit, or the "nothing found" note. */
record SearchRow(SearchKind header, SearchHit hit, String note) {

    static SearchRow header(SearchKind kind) {
        return new SearchRow(kind, null, null);
    }

    static SearchRow hit(SearchHit hit) {
        return new SearchRow(null, hit, null);
    }

    static SearchRow empty(String note) {
        return new SearchRow(null, null, note);
    }
}
