package se.samverkan.io;

/**
 * Something wrong with the structure of a {@code .vcf} file, at a line; {@code card} is the card's number, or 0 when
 * the problem lies outside any card.
 */
public record VCardIssue(int card, int line, Problem problem) {

    /** The kinds of structural problem; none of them is guessed around. */
    public enum Problem {
        /** A line that is not {@code NAME:value} (no colon), or a BEGIN/END without a name. */
        MALFORMED_LINE,
        /** An {@code END:} without its {@code BEGIN:}. */
        UNMATCHED_END,
        /** A card whose {@code END:VCARD} is missing (the file ends inside it). */
        NOT_ENDED,
        /** Quoted-printable text that cannot be decoded, or an unknown character set. */
        BAD_ENCODING,
        /** A VERSION other than 2.1, 3.0 or 4.0. */
        UNKNOWN_VERSION,
        /** The file holds no {@code BEGIN:VCARD} at all. */
        NO_CARDS
    }
}
