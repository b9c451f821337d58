package se.samverkan.io.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The encoding and separator of a CSV file, found from its content: UTF-8 when the whole file decodes strictly as
 * UTF-8 (with or without BOM), else Windows-1252, what Swedish Excel writes ("Spara som CSV"); the separator among
 * {@code ;}, {@code ,} and tab that splits the most of the first lines into the same number of fields, counted
 * outside quotes so a quoted "Lund, Malmö" does not vote.
 */
public record CsvDialect(Charset charset, boolean bom, char separator) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Character> SEPARATORS = List.of(';', ',', '\t');
    private static final int SAMPLE_LINES = 20;

    public static CsvDialect detect(Path file) throws IOException {
        boolean bom = startsWithBom(file);
        Charset charset = isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char separator;
        try (Reader reader = open(file, charset, bom)) {
            char[] sample = new char[64 * 1024];
            int n = reader.read(sample);
            separator = separatorOf(n < 0 ? "" : new String(sample, 0, n));
        }
        return new CsvDialect(charset, bom, separator);
    }

    /** A reader over the file's text, past any BOM. */
    Reader open(Path file) throws IOException {
        return open(file, charset, bom);
    }

    private static Reader open(Path file, Charset charset, boolean bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, charset);
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    /** Decodes the whole file strictly, streaming: one wrong byte anywhere means it is not UTF-8. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static char separatorOf(String sample) {
        char best = ';';
        int bestAgreeing = 0;
        int bestTotal = 0;
        for (char candidate : SEPARATORS) {
            Map<Integer, Integer> linesPerCount = new HashMap<>();
            int total = 0;
            int count = 0;
            int lines = 0;
            boolean quoted = false;
            for (int i = 0; i < sample.length() && lines < SAMPLE_LINES; i++) {
                char c = sample.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == candidate) {
                    count++;
                } else if (!quoted && c == '\n') {
                    if (count > 0) {
                        linesPerCount.merge(count, 1, Integer::sum);
                    }
                    total += count;
                    count = 0;
                    lines++;
                }
            }
            if (count > 0) {
                linesPerCount.merge(count, 1, Integer::sum);
                total += count;
            }
            int agreeing = linesPerCount.values().stream().max(Integer::compare).orElse(0);
            if (agreeing > bestAgreeing || agreeing == bestAgreeing && total > bestTotal) {
                best = candidate;
                bestAgreeing = agreeing;
                bestTotal = total;
            }
        }
        return best;
    }
}
