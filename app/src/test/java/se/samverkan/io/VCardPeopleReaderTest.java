package se.samverkan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.domain.ContactCard;

class VCardPeopleReaderTest {

    private static VCardDocument read(String text) {
        return VCardPeopleReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsVersions21And30And40FromOneFileWithSwedishLetters() throws Exception {
        VCardDocument doc = VCardPeopleReader.read(Path.of("src/test/resources/vcard/three-versions.vcf"));

        assertThat(doc.issues()).isEmpty();
        assertThat(doc.readAsWindows1252()).isFalse();
        assertThat(doc.cards()).extracting(VCardEntry::contact).containsExactly(
                new ContactCard("Märta", "Åkerström-Påhittad", "Regionråd", "Region Exempellän",
                        List.of("marta.akerstrom@example.se"), List.of("070-174 06 05"), "Växjö", "Kronobergs län"),
                new ContactCard("Örjan", "Östergren-Låtsas",
                        "Ansvarig för kompetensförsörjning, validering och omställning inom tillverkande industri i regionen",
                        "Exempelbolaget AB", List.of("orjan@example.com"), List.of("+46 31 390 06 10"), null, null),
                new ContactCard("Ylva", "Fiktiv", null, null, List.of("ylva.fiktiv@example.se"), List.of("+46-70-174-06-20"),
                        "Gotland kommun", null));
    }

    @Test
    void locatesEveryCardAndPropertyByItsFirstLine() throws Exception {
        VCardDocument doc = VCardPeopleReader.read(Path.of("src/test/resources/vcard/three-versions.vcf"));

        assertThat(doc.cards()).extracting(VCardEntry::number).containsExactly(1, 2, 3);
        assertThat(doc.cards()).extracting(VCardEntry::line).containsExactly(1, 11, 21);
        VCardEntry second = doc.cards().get(1);
        assertThat(second.lineOf("TITLE", 0)).isEqualTo(15);
        assertThat(second.lineOf("EMAIL", 0)).as("a grouped property (item1.EMAIL)").isEqualTo(18);
        assertThat(second.lineOf("TEL", 0)).as("after a folded line").isEqualTo(19);
        assertThat(second.lineOf("PHOTO", 0)).as("absent: the card's line").isEqualTo(11);
        assertThat(doc.cards().get(2).nameFrom()).as("a 4.0 card without N").isEqualTo("FN");
    }

    @Test
    void takesWhatNLacksFromFn() {
        VCardDocument doc = read("""
                BEGIN:VCARD
                VERSION:3.0
                N:Låtsasson;;;;
                FN:Anna-Karin Låtsasson
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Ensam
                END:VCARD
                """);

        assertThat(doc.cards()).extracting(e -> e.contact().firstName(), e -> e.contact().lastName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna-Karin", "Låtsasson"),
                        org.assertj.core.groups.Tuple.tuple("Ensam", null));
    }

    @Test
    void malformedLinesUnmatchedEndAndAMissingEndAreReportedAtTheirLines() {
        VCardDocument doc = read("""
                BEGIN:VCARD
                VERSION:3.0
                N:Påhittad;Hugo;;;
                det här är ingen egenskap
                END:VCARD
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Fiktiv;Ylva;;;
                """);

        assertThat(doc.issues()).containsExactly(
                new VCardIssue(1, 4, VCardIssue.Problem.MALFORMED_LINE),
                new VCardIssue(0, 6, VCardIssue.Problem.UNMATCHED_END),
                new VCardIssue(2, 7, VCardIssue.Problem.NOT_ENDED));
        assertThat(doc.cards()).hasSize(2);
    }

    @Test
    void aFileWithoutCardsIsReported() {
        VCardDocument doc = read("namn;e-post\nHugo;hugo@example.se\n");

        assertThat(doc.cards()).isEmpty();
        assertThat(doc.issues()).containsExactly(new VCardIssue(0, 1, VCardIssue.Problem.NO_CARDS));
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252() {
        String text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Åström;Kärstin\r\nEND:VCARD\r\n";

        VCardDocument doc = VCardPeopleReader.read(text.getBytes(VCardPeopleReader.WINDOWS_1252));

        assertThat(doc.readAsWindows1252()).isTrue();
        assertThat(doc.cards().get(0).contact().displayName()).isEqualTo("Kärstin Åström");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        VCardDocument doc = read("\uFEFFBEGIN:VCARD\nVERSION:4.0\nFN:Hugo Påhittad\nEND:VCARD\n");

        assertThat(doc.issues()).isEmpty();
        assertThat(doc.cards().get(0).contact().displayName()).isEqualTo("Hugo Påhittad");
    }
}
