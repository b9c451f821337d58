package se.samverkan.domain;

import java.util.List;
import java.util.Objects;

/**
 * An avdelning: the union's regional unit, usually bounded by municipality borders, in one NUTS 2 area.
 *
 * @param id          database id, 0 for a branch not yet stored
 * @param number      the union's branch number
 * @param countyCodes the counties it covers (two-digit codes)
 */
public record Branch(long id, int number, String name, String nutsCode, List<String> countyCodes, Integer joinedYear,
                     String notes) {

    public Branch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nutsCode, "nutsCode");
        countyCodes = List.copyOf(countyCodes);
    }

    public Branch withId(long newId) {
        return new Branch(newId, number, name, nutsCode, countyCodes, joinedYear, notes);
    }
}
