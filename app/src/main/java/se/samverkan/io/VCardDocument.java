package se.samverkan.io;

import java.util.List;

/**
 * What a {@code .vcf} file held: its cards in file order, the problems found in the file's structure, and whether it
 * had to be read as Windows-1252 because it was not UTF-8.
 */
public record VCardDocument(List<VCardEntry> cards, List<VCardIssue> issues, boolean readAsWindows1252) {

    public VCardDocument {
        cards = List.copyOf(cards);
        issues = List.copyOf(issues);
    }
}
