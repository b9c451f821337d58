package se.samverkan.ui.network;

import java.time.LocalDate;
import se.samverkan.domain.PartyRef;

/**
 * What the map shows. Null means "no restriction" for every criterion.
 *
 * @param date         the network as it stood on this date
 * @param actor        a colour group or one actor type
 * @param compareFrom  when set, the edges added since this date and those gone cold are drawn in their own colours
 * @param minStrength  1 keeps everything
 * @param inTouchSince only relationships with a shared interaction on or after this date (and the nodes they join)
 * @param egoDepth     0 for the whole network, else the steps around {@code egoCenter}
 */
record MapFilter(LocalDate date, LocalDate compareFrom, ActorFilter actor, String countyCode, String municipalityCode,
                 Long branchId, Long forumId, int minStrength, LocalDate inTouchSince, PartyRef egoCenter,
                 int egoDepth) {

    static MapFilter all(LocalDate date) {
        return new MapFilter(date, null, null, null, null, null, null, 1, null, null, 0);
    }

    MapFilter withDate(LocalDate value) {
        return new MapFilter(value, compareFrom, actor, countyCode, municipalityCode, branchId, forumId, minStrength,
                inTouchSince, egoCenter, egoDepth);
    }

    MapFilter withCounty(String value) {
        return new MapFilter(date, compareFrom, actor, value, municipalityCode, branchId, forumId, minStrength,
                inTouchSince, egoCenter, egoDepth);
    }

    MapFilter withEgo(PartyRef center, int depth) {
        return new MapFilter(date, compareFrom, actor, countyCode, municipalityCode, branchId, forumId, minStrength,
                inTouchSince, center, depth);
    }

    boolean ego() {
        return egoCenter != null && egoDepth > 0;
    }
}
