package se.samverkan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.vcard.Entity;
import net.fortuna.ical4j.vcard.VCardBuilder;
import net.fortuna.ical4j.vcard.property.Address;
import net.fortuna.ical4j.vcard.property.N;
import net.fortuna.ical4j.vcard.property.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.ContactCard;

/**
 * The export read back by an independent parser: ical4j-vcard (test scope only), not ez-vcard, which writes it. If
 * both came from one library, a shared misreading of the standard would pass unnoticed (ez-vcard, for one, shortens
 * ADR to its filled fields unless told not to, and ical4j rejects such a card).
 */
class VCardPeopleWriterTest {

    @TempDir
    Path dir;

    private static final List<ContactCard> PEOPLE = List.of(
            new ContactCard("Märta", "Åkerström-Påhittad",
                    "Regional utvecklingsstrateg med ansvar för kompetensförsörjning, validering och omställning i länet",
                    "Exempel, Bygg & Montage AB", List.of("marta@example.se"), List.of("070-174 06 05"), "Växjö", "Kronobergs län"),
            new ContactCard("Örjan", "von Låtsas", null, null, List.of(), List.of("031-390 06 10"), null, null),
            new ContactCard("Ylva", "Fiktiv", "Ordförande", "Region Exempellän", List.of("ylva@example.com"), List.of(),
                    "Malmö", "Skåne län"));

    private static List<Entity> readWithIcal4j(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new VCardBuilder(new StringReader(text)).build().getEntityList().getAll();
    }

    private static Optional<String> value(Entity card, String name) {
        return card.getProperties().stream().filter(p -> p.getName().equalsIgnoreCase(name)).map(Property::getValue).findFirst();
    }

    private static <T> T property(Entity card, Class<T> type) {
        return card.getProperties().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** ical4j-vcard 2.1 hands ORG components back still escaped; RFC 6350 §3.4 says how to read them. */
    private static String unescape(String s) {
        return s.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").replace("\\\\", "\\");
    }

    @Test
    void exportIsReadBackByIndependentParser() throws Exception {
        Path file = dir.resolve("personer.vcf");

        assertThat(VCardPeopleWriter.write(file, PEOPLE)).isEqualTo(3);

        List<Entity> cards = readWithIcal4j(file);
        assertThat(cards).hasSize(3);
        for (int i = 0; i < cards.size(); i++) {
            Entity card = cards.get(i);
            ContactCard person = PEOPLE.get(i);
            assertThat(value(card, "VERSION")).contains("3.0");
            N n = property(card, N.class);
            assertThat(n.getGivenName()).isEqualTo(person.firstName());
            assertThat(n.getFamilyName()).isEqualTo(person.lastName());
            assertThat(value(card, "FN")).contains(person.displayName());
            assertThat(value(card, "TITLE")).isEqualTo(Optional.ofNullable(person.title()));
            Org org = property(card, Org.class);
            assertThat(org == null ? null : unescape(org.getValues()[0])).isEqualTo(person.organisation());
            assertThat(value(card, "EMAIL")).isEqualTo(person.emails().stream().findFirst());
            assertThat(value(card, "TEL")).isEqualTo(person.phones().stream().findFirst());
            Address address = property(card, Address.class);
            assertThat(address == null ? null : address.getLocality()).isEqualTo(person.municipality());
            assertThat(address == null ? null : address.getRegion()).isEqualTo(person.county());
        }
    }

    @Test
    void writesUtf8WithCrlfAndFoldsLongLines() throws Exception {
        Path file = dir.resolve("personer.vcf");
        VCardPeopleWriter.write(file, PEOPLE);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'B');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Åkerström-Påhittad").doesNotContain("\uFFFD");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
        assertThat(lines).as("the long title is folded").anyMatch(line -> line.startsWith(" "));
        assertThat(lines).filteredOn(line -> line.equals("BEGIN:VCARD")).hasSize(3);
        Map<String, Long> mobile = lines.stream().filter(l -> l.startsWith("TEL")).collect(
                Collectors.groupingBy(l -> l.substring(0, l.indexOf(':')), Collectors.counting()));
        assertThat(mobile).containsOnlyKeys("TEL;TYPE=cell", "TEL;TYPE=work");
    }

    @Test
    void aFailedExportLeavesTheOldFileAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("personer.vcf"), "gammal");
        List<ContactCard> broken = new java.util.ArrayList<>(PEOPLE);
        broken.add(null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VCardPeopleWriter.write(file, broken))
                .isInstanceOf(NullPointerException.class);
        assertThat(Files.readString(file)).isEqualTo("gammal");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
