package se.samverkan.service.network;

import se.samverkan.domain.DuplicateCandidate;

/**
 * What an import did (or, in a dry run, would do) with one card.
 *
 * @param personId    the person created or matched; in a dry run a new person has no id yet (0)
 * @param match       why the card matched an existing person, or null when it matched none
 * @param matchedCard the earlier card of the same file whose new person it matched, or 0
 */
public record ImportOutcome(int card, int line, String name, Action action, long personId,
                            DuplicateCandidate.Reason match, int matchedCard) {

    /** The fate of a card. */
    public enum Action { CREATE, UPDATE, UNCHANGED, SKIP, INVALID }
}
