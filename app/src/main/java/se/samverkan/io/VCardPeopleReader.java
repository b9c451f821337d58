package se.samverkan.io;

import com.github.mangstadt.vinnie.VObjectProperty;
import com.github.mangstadt.vinnie.io.Context;
import com.github.mangstadt.vinnie.io.SyntaxRules;
import com.github.mangstadt.vinnie.io.VObjectDataListener;
import com.github.mangstadt.vinnie.io.VObjectReader;
import com.github.mangstadt.vinnie.io.Warning;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverkan.domain.ContactCard;

/**
 * Reads the people of a {@code .vcf} file: vCard 2.1, 3.0 and 4.0, many cards per file, folded lines,
 * quoted-printable, UTF-8 (or, failing that, Windows-1252 as old Outlook writes it). ez-vcard reads the values; a
 * first pass with its line parser (vinnie) notes where each card and property starts and what is malformed, so every
 * problem can be shown at its line. Nothing is guessed: a structural problem is reported, never skipped silently.
 */
public final class VCardPeopleReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private VCardPeopleReader() {
    }

    public static VCardDocument read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static VCardDocument read(byte[] bytes) {
        boolean windows = false;
        String text;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                charset = WINDOWS_1252;
                windows = true;
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Index index = index(text, charset);
        List<VCard> cards = parse(text, charset);
        List<VCardEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(cards.size(), index.cards.size()); i++) {
            CardIndex at = index.cards.get(i);
            Names names = names(cards.get(i));
            entries.add(new VCardEntry(i + 1, at.line, contact(cards.get(i), names), at.lines, names.from));
        }
        // Without a single card the file is something else (a CSV, a letter): say that, not what each line lacks.
        List<VCardIssue> issues = index.cards.isEmpty()
                ? List.of(new VCardIssue(0, 1, VCardIssue.Problem.NO_CARDS)) : index.issues;
        return new VCardDocument(entries, issues, windows);
    }

    private static List<VCard> parse(String text, Charset charset) {
        List<VCard> cards = new ArrayList<>();
        try (VCardReader reader = new VCardReader(new StringReader(text))) {
            reader.setDefaultQuotedPrintableCharset(charset);
            for (VCard card; (card = reader.readNext()) != null; ) {
                cards.add(card);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return cards;
    }

    /** Where each top-level card and each of its properties starts, and the structural problems, by line. */
    private static Index index(String text, Charset charset) {
        Index index = new Index();
        try (VObjectReader reader = new VObjectReader(new StringReader(text), SyntaxRules.vcard())) {
            reader.setDefaultQuotedPrintableCharset(charset);
            reader.parse(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (index.open != null) {
            index.issues.add(new VCardIssue(index.cards.size(), index.open.line, VCardIssue.Problem.NOT_ENDED));
        }
        return index;
    }

    private record CardIndex(int line, Map<String, List<Integer>> lines) {
    }

    /** The first pass: notes lines; the values come from ez-vcard. */
    private static final class Index implements VObjectDataListener {
        final List<CardIndex> cards = new ArrayList<>();
        final List<VCardIssue> issues = new ArrayList<>();
        CardIndex open;
        int depth;

        @Override
        public void onComponentBegin(String name, Context context) {
            if (depth == 0 && "VCARD".equalsIgnoreCase(name)) {
                open = new CardIndex(context.getLineNumber(), new LinkedHashMap<>());
                cards.add(open);
            }
            depth++;
        }

        @Override
        public void onComponentEnd(String name, Context context) {
            depth = Math.max(0, depth - 1);
            if (depth == 0) {
                open = null;
            }
        }

        @Override
        public void onProperty(VObjectProperty property, Context context) {
            if (open != null && depth == 1) {
                open.lines.computeIfAbsent(property.getName().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(context.getLineNumber());
            }
        }

        @Override
        public void onVersion(String value, Context context) {
            onProperty(new VObjectProperty("VERSION", value), context);
        }

        @Override
        public void onWarning(Warning warning, VObjectProperty property, Exception thrown, Context context) {
            VCardIssue.Problem problem = switch (warning) {
                case UNMATCHED_END -> VCardIssue.Problem.UNMATCHED_END;
                case UNKNOWN_VERSION -> VCardIssue.Problem.UNKNOWN_VERSION;
                case UNKNOWN_CHARSET, QUOTED_PRINTABLE_ERROR -> VCardIssue.Problem.BAD_ENCODING;
                default -> VCardIssue.Problem.MALFORMED_LINE;
            };
            issues.add(new VCardIssue(open == null ? 0 : cards.size(), context.getLineNumber(), problem));
        }
    }

    private record Names(String first, String last, String from) {
    }

    /**
     * First and last name from N (given, family); what N lacks is taken from FN ("Anna Berg": the last word is the
     * last name). A card without either keeps what it has; the importer says what is missing.
     */
    static Names names(VCard card) {
        String given = card.getStructuredName() == null ? null : clean(card.getStructuredName().getGiven());
        String family = card.getStructuredName() == null ? null : clean(card.getStructuredName().getFamily());
        String formatted = card.getFormattedName() == null ? null : clean(card.getFormattedName().getValue());
        boolean fromN = given != null || family != null;
        if ((given == null || family == null) && formatted != null) {
            if (family != null && formatted.endsWith(family) && formatted.length() > family.length()) {
                given = clean(formatted.substring(0, formatted.length() - family.length()));
            } else if (given != null && formatted.startsWith(given) && formatted.length() > given.length()) {
                family = clean(formatted.substring(given.length()));
            } else if (given == null && family == null) {
                int space = formatted.lastIndexOf(' ');
                given = space < 0 ? formatted : clean(formatted.substring(0, space));
                family = space < 0 ? null : clean(formatted.substring(space + 1));
            }
        }
        return new Names(given, family, fromN || formatted == null ? "N" : "FN");
    }

    private static ContactCard contact(VCard card, Names names) {
        String title = card.getTitles().stream().map(TextProperty::getValue).map(VCardPeopleReader::clean)
                .filter(s -> s != null).findFirst().orElse(null);
        String organisation = card.getOrganization() == null ? null : card.getOrganization().getValues().stream()
                .map(VCardPeopleReader::clean).filter(s -> s != null).findFirst().orElse(null);
        List<String> emails = card.getEmails().stream().map(Email::getValue).map(VCardPeopleReader::clean)
                .filter(s -> s != null).toList();
        List<String> phones = card.getTelephoneNumbers().stream().map(VCardPeopleReader::phone)
                .filter(s -> s != null).toList();
        Address address = card.getAddresses().stream().filter(a -> clean(a.getLocality()) != null).findFirst().orElse(null);
        return new ContactCard(names.first, names.last, title, organisation, emails, phones,
                address == null ? null : clean(address.getLocality()), address == null ? null : clean(address.getRegion()));
    }

    private static String phone(Telephone tel) {
        if (tel.getText() != null) {
            return clean(tel.getText());
        }
        return tel.getUri() == null ? null : clean(tel.getUri().getNumber());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
