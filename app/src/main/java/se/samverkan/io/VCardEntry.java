package se.samverkan.io;

import java.util.List;
import java.util.Map;
import se.samverkan.domain.ContactCard;

/**
 * One card of a {@code .vcf} file: its number (1 for the first card), the line its {@code BEGIN:VCARD} is on, the
 * person it describes, and the lines of its properties, so a problem can be shown where it is.
 *
 * @param propertyLines property name (upper case, without group) to the lines of its occurrences, in file order
 * @param nameFrom      the property the name was taken from: {@code N}, or {@code FN} when the card has no usable N
 */
public record VCardEntry(int number, int line, ContactCard contact, Map<String, List<Integer>> propertyLines,
                         String nameFrom) {

    public VCardEntry {
        propertyLines = Map.copyOf(propertyLines);
    }

    /** The line of the {@code index}-th occurrence of {@code property}, else its first, else the card's first line. */
    public int lineOf(String property, int index) {
        List<Integer> lines = propertyLines.get(property);
        if (lines == null || lines.isEmpty()) {
            return line;
        }
        return lines.get(index >= 0 && index < lines.size() ? index : 0);
    }
}
