package se.samverkan.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.Branch;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonExtract;
import se.samverkan.domain.PoliticalOffice;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

/** The register extract read back by PDFBox: every area's data about the person, nothing about anyone else. */
class PersonExtractReportTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @TempDir
    Path dir;
    private Workspace workspace;
    private PersonExtractReport report;
    private long asa;
    private long bertil;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw".toCharArray());
        workspace.inTransaction(s -> {
            var f = new StoreFixture(s);
            long branch = s.branches().create(new Branch(0, 901, "Avdelning Åsele", "SE21", List.of("06"), null, null)).id();
            long org = f.organisation("Smålandsverken Ödeshög AB", "COMPANY", "0680");
            Person created = s.people().create(new Person(0, "Åsa", "Öberg", "Förhandlare på Älvens bruk", org, branch,
                    "asa.gammal@example.test", "070-000 00 01", "06", "0680", true, "Kassör i klubben", null));
            asa = created.id();
            long before = f.organisation("Gamla Gjuteriet i Gränna AB", "COMPANY", "0680");
            s.people().update(new Person(asa, "Åsa", "Öberg", "Förhandlare på Älvens bruk", before, branch,
                    "asa.gammal@example.test", "070-000 00 01", "06", "0680", true, "Kassör i klubben", null));
            s.people().update(new Person(asa, "Åsa", "Öberg", "Förhandlare på Älvens bruk", org, branch,
                    "asa.oberg@example.test", "070-000 00 01", "06", "0680", true, "Ordförande i klubben",
                    LocalDate.of(2027, 5, 1)));
            f.personNotes(asa, "Föredrar möten på förmiddagen");
            s.people().addOffice(new PoliticalOffice(0, asa, "Kommunfullmäktige i Jönköping", "MUNICIPALITY",
                    "Gröna ängspartiet", "0680", null, "Ledamot", LocalDate.of(2022, 10, 15), LocalDate.of(2026, 10, 14)));
            bertil = f.person("Bertil", "Ångström", "bertil@example.test", null, false);
            long carin = f.person("Carin", "Ekström", null, null, null);
            f.relationship(asa, bertil, "KNOWS", "Träffades på mässan i Växjö");
            f.relationship(carin, asa, "COOPERATES_WITH", "Samarbete kring lärlingar");
            long contact = f.interaction(LocalDate.of(2026, 3, 12), "Kompetensförsörjning på Smålandsverken", asa, bertil);
            f.followUp(contact, "Skicka rapport om lärlingar", LocalDate.of(2026, 4, 1), null);
            long forum = f.forum("Industrirådet i Jönköpings län", "INDUSTRY_COUNCIL");
            f.seat(forum, asa, "CHAIR", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31));
            f.meeting(forum, LocalDate.of(2026, 9, 16), asa, bertil);
            long workshop = f.workshop("Hållbart arbete på gjuteriet", "SUSTAINABLE_WORK", "HELD",
                    LocalDate.of(2026, 5, 20), "0680");
            f.facilitator(workshop, "Åsa Öberg och en kollega");
            f.demand("Upprustning av vägen till Ödeshögs industriområde", branch, asa);
            f.assessment(asa, 4, 5, "Nyckelperson i länets kompetensråd");
            // Bertil's own records, which must not appear in Åsa's extract
            long bertilsContact = f.interaction(LocalDate.of(2026, 6, 1), "Bertils enskilda samtal", bertil);
            long assigned = f.followUp(bertilsContact, "Boka lokal för årsmötet", LocalDate.of(2026, 7, 1), null);
            f.responsible(assigned, "åsa öberg");
            f.followUp(bertilsContact, "Bertils egen uppgift", LocalDate.of(2026, 7, 2), null);
            f.seat(f.forum("Bertils kompetensplattform", "SKILLS_PLATFORM"), bertil, "ORDINARY",
                    LocalDate.of(2025, 1, 1), null);
            f.assessment(bertil, 2, 2, "Bertils bedömning");
            f.politicalOffice(bertil, "Bertils regionfullmäktige", "Bertilspartiet");
            f.demand("Bertils krav om busslinjer", branch, bertil);
            return null;
        });
        report = new PersonExtractReport(workspace, Messages.of(Messages.SWEDISH), CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void theExtractShowsEveryAreaOfThePersonsDataInSwedish() throws Exception {
        Path pdf = dir.resolve("ut/registerutdrag.pdf");

        PersonExtract extract = report.write(asa, true, pdf).orElseThrow();

        String text = text(pdf);
        assertThat(text).contains("Registerutdrag – Åsa Öberg", "Internt", "Sida 1", "framtaget 2026-11-25",
                "artikel 15 i dataskyddsförordningen", "Personens id i Samverkan är " + asa,
                // own fields
                "Förhandlare på Älvens bruk", "Smålandsverken Ödeshög AB", "Avdelning Åsele", "asa.oberg@example.test",
                "070-000 00 01", "Jönköpings län", "Jönköping", "Föredrar möten på förmiddagen", "2027-05-01",
                // special categories, marked
                "Uppgifter av särskild kategori (känsliga uppgifter)", "Medlem i facket Ja", "Ordförande i klubben",
                "Kommunfullmäktige i Jönköping", "Gröna ängspartiet", "Ledamot",
                // both directions of relationships
                "Från personen", "Känner", "Bertil Ångström", "Träffades på mässan i Växjö",
                "Till personen", "Carin Ekström", "Samarbete kring lärlingar",
                "Kompetensförsörjning på Smålandsverken", "Industrirådet i Jönköpings län", "Ordförande",
                "2026-09-16", "Hållbart arbete på gjuteriet", "Åsa Öberg och en kollega",
                "Upprustning av vägen till Ödeshögs industriområde", "Drivs",
                "Skicka rapport om lärlingar", "Boka lokal för årsmötet",
                "Nyckelperson i länets kompetensråd", "5 – Driver samma frågor som vi",
                "Strukturfondsprojekt kopplas till organisationer",
                // the audit trail: when, who, what changed
                "Ändringslogg", "Person skapad", "Person ändrad", "asa.gammal@example.test → asa.oberg@example.test",
                "Kassör i klubben → Ordförande i klubben", "Politiskt uppdrag tillagt",
                "Organisation: Gamla Gjuteriet i Gränna AB → Smålandsverken Ödeshög AB", System.getProperty("user.name"));
        assertThat(extract.changes()).hasSize(4);
        assertThat(extract.relationships()).hasSize(2);
    }

    @Test
    void anotherPersonsDataIsNotInTheExtract() throws Exception {
        Path pdf = dir.resolve("asa.pdf");
        report.write(asa, true, pdf);

        assertThat(text(pdf)).doesNotContain("Bertils enskilda samtal", "Bertils egen uppgift", "Bertils kompetensplattform",
                "Bertils bedömning", "Bertils regionfullmäktige", "Bertilspartiet", "Bertils krav", "bertil@example.test");
        Path his = dir.resolve("bertil.pdf");
        report.write(bertil, true, his);
        assertThat(text(his)).contains("Bertils enskilda samtal", "Bertils regionfullmäktige")
                .doesNotContain("Föredrar möten", "Ordförande i klubben", "Kommunfullmäktige i Jönköping",
                        "Nyckelperson", "Hållbart arbete på gjuteriet", "Person ändrad");
    }

    @Test
    void specialCategoryDataIsLeftOutUnlessChosenAndTheExtractSaysSo() throws Exception {
        Path pdf = dir.resolve("utan.pdf");
        PersonExtract extract = report.write(asa, false, pdf).orElseThrow();

        assertThat(extract.person().unionMember()).isNull();
        assertThat(text(pdf)).contains("Uppgifter av särskild kategori (medlemskap i facket, fackligt uppdrag och "
                        + "politiska uppdrag) är inte med", "asa.gammal@example.test → asa.oberg@example.test")
                .doesNotContain("Ordförande i klubben", "Kassör i klubben", "Medlem i facket", "Kommunfullmäktige",
                        "Gröna ängspartiet", "Politiskt uppdrag tillagt");
    }

    @Test
    void aPersonWithNothingButANameHasEverySectionSayNothing() throws Exception {
        long alone = workspace.inTransaction(s -> new StoreFixture(s).person("Örjan", "Ödmark", null, null, null));
        Path pdf = dir.resolve("tom.pdf");
        report.write(alone, true, pdf);

        String text = text(pdf);
        assertThat(text).contains("Registerutdrag – Örjan Ödmark", "Medlem i facket Okänt");
        // relationships, contacts, seats, meetings, workshops, demands, follow-ups, assessments, log and offices
        assertThat(text.split("Inga uppgifter\\.", -1)).hasSize(11);
    }

    @Test
    void theJsonHoldsTheSameExtractAndReads() throws Exception {
        Path json = dir.resolve("asa.json");
        report.write(asa, true, json);

        String text = Files.readString(json);
        Map<?, ?> document = (Map<?, ?>) new JSONParser().parse(text);
        assertThat(document.get("format")).isEqualTo("samverkan-person-extract/1");
        Map<?, ?> extract = (Map<?, ?>) document.get("extract");
        assertThat(((Map<?, ?>) extract.get("person")).get("lastName")).isEqualTo("Öberg");
        assertThat((List<?>) extract.get("relationships")).hasSize(2);
        assertThat(text).contains("Kommunfullmäktige i Jönköping", "Boka lokal för årsmötet", "\"action\": \"UPDATE\"")
                .doesNotContain("Bertils");
    }

    @Test
    void anUnknownPersonWritesNothing() throws Exception {
        Path pdf = dir.resolve("ingen.pdf");
        assertThat(report.write(999_999, true, pdf)).isEmpty();
        assertThat(pdf).doesNotExist();
    }
}
