package se.samverkan.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.DuplicateCandidate;
import se.samverkan.domain.Organisation;
import se.samverkan.domain.Person;
import se.samverkan.domain.PersonFilter;
import se.samverkan.domain.PersonRow;
import se.samverkan.domain.RecordKind;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.network.ImportOutcome.Action;
import se.samverkan.store.StoreFixture;

/** Import and export of vCards on a real encrypted store. All people and addresses are fictional. */
class VCardServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private PeopleService people;
    private VCardService vcards;
    private long regionId;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-for-tests".toCharArray());
        people = new PeopleService(workspace);
        vcards = people.vcards();
        regionId = new OrganisationService(workspace, Locale.ROOT)
                .save(new Organisation(0, "Region Exempellän", "REGION", "07", "0780", null, null, null)).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path vcf(String text) throws IOException {
        return Files.writeString(dir.resolve("kort.vcf"), text, StandardCharsets.UTF_8);
    }

    private VCardImportReport importFile(Path file, OnDuplicate rule, boolean dryRun) throws IOException {
        return vcards.importFile(file, new VCardImportOptions(rule, dryRun, false), VCardService.Progress.NONE);
    }

    private List<PersonRow> everyone() {
        return people.list(new PersonFilter(null, null, null, null, null, null));
    }

    private List<Path> backups() throws IOException {
        Path folder = dir.resolve("data/backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static final String TWO_PEOPLE = """
            BEGIN:VCARD
            VERSION:3.0
            N:Åkerström-Påhittad;Märta;;;
            FN:Märta Åkerström-Påhittad
            TITLE:Regionråd
            ORG:region exempellän
            EMAIL;TYPE=INTERNET:Marta@Example.se
            TEL;TYPE=CELL:+46 70 174 06 05
            ADR;TYPE=WORK:;;;Växjö;;;
            END:VCARD
            BEGIN:VCARD
            VERSION:4.0
            FN:Örjan Låtsas
            ORG:Exempelbolaget AB
            ADR:;;;Kista;;;
            END:VCARD
            """;

    @Test
    void importCreatesEveryPersonInOneTransactionAfterABackup() throws Exception {
        long auditBefore = workspace.counts().of(RecordKind.AUDIT_ENTRIES);

        VCardImportReport report = importFile(vcf(TWO_PEOPLE), OnDuplicate.SKIP, false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.outcomes()).extracting(ImportOutcome::name, ImportOutcome::action)
                .containsExactly(tuple("Märta Åkerström-Påhittad", Action.CREATE), tuple("Örjan Låtsas", Action.CREATE));
        assertThat(report.backup()).exists();
        assertThat(backups()).containsExactly(report.backup());
        Person marta = people.find(report.outcomes().get(0).personId()).orElseThrow();
        assertThat(marta).isEqualTo(new Person(marta.id(), "Märta", "Åkerström-Påhittad", "Regionråd", regionId, null,
                "Marta@Example.se", "070-174 06 05", "07", "0780", null, null, null));
        assertThat(workspace.counts().of(RecordKind.PEOPLE)).isEqualTo(2);
        assertThat(workspace.counts().of(RecordKind.AUDIT_ENTRIES)).as("one per person and one for the import")
                .isEqualTo(auditBefore + 3);
    }

    @Test
    void anUnknownOrganisationOrPlaceIsLeftEmptyAndNoted() throws Exception {
        VCardImportReport report = importFile(vcf(TWO_PEOPLE), OnDuplicate.SKIP, false);

        assertThat(report.notes()).containsExactly(
                ImportProblem.at(2, 14, "ORG", "ui.vcard.note.organisationNotFound", "Exempelbolaget AB"),
                ImportProblem.at(2, 15, "ADR", "ui.vcard.note.municipalityNotFound", "Kista"));
        Person orjan = people.find(report.outcomes().get(1).personId()).orElseThrow();
        assertThat(orjan.organisationId()).isNull();
        assertThat(orjan.municipalityCode()).isNull();
        assertThat(new OrganisationService(workspace, Locale.ROOT).list(se.samverkan.domain.OrganisationFilter.none()))
                .as("no organisation is created").hasSize(1);
    }

    private static final String HUGO_AND_A_CARD_WITHOUT_NAME = """
            BEGIN:VCARD
            VERSION:3.0
            N:Påhittad;Hugo;;;
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            EMAIL:namnlos@example.se
            END:VCARD
            """;

    @Test
    void importRejectsCardWithoutNameAndWritesNothing() throws Exception {
        Path file = vcf(HUGO_AND_A_CARD_WITHOUT_NAME);

        VCardImportReport report = importFile(file, OnDuplicate.SKIP, false);

        assertThat(report.errors()).containsExactly(ImportProblem.at(2, 5, "N", "ui.vcard.error.noName"));
        assertThat(report.outcomes()).isEmpty();
        assertThat(everyone()).isEmpty();
        assertThat(backups()).as("no backup when nothing is written").isEmpty();
    }

    @Test
    void everyErrorOfTheFileIsReportedAtItsCardLineAndProperty() throws Exception {
        Path file = vcf("""
                BEGIN:VCARD
                VERSION:3.0
                N:;Hugo;;;
                EMAIL:hugo.example.se
                TEL:12345
                TITLE:%s
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Fiktiv;Ylva;;;
                inte en egenskap
                END:VCARD
                """.formatted("x".repeat(201)));

        VCardImportReport report = importFile(file, OnDuplicate.SKIP, false);

        Messages sv = Messages.of(Messages.SWEDISH);
        assertThat(report.errors()).map(p -> new ImportReportText(sv).located("kort.vcf", p)).containsExactly(
                "kort.vcf:kort 2:rad 11: Raden är inte på formen NAMN:värde",
                "kort.vcf:kort 1:rad 3:N: Efternamn saknas",
                "kort.vcf:kort 1:rad 4:EMAIL: Ogiltig e-postadress, till exempel namn@exempel.se",
                "kort.vcf:kort 1:rad 5:TEL: Ogiltigt telefonnummer, till exempel 070-123 45 67",
                "kort.vcf:kort 1:rad 6:TITLE: För lång text (högst 200 tecken)");
        assertThat(everyone()).isEmpty();
    }

    @Test
    void validOnlyImportsTheValidCardsAndListsTheOthers() throws Exception {
        Path file = vcf(HUGO_AND_A_CARD_WITHOUT_NAME);

        VCardImportReport report = vcards.importFile(file, new VCardImportOptions(OnDuplicate.SKIP, false, true),
                VCardService.Progress.NONE);

        assertThat(report.errors()).hasSize(1);
        assertThat(report.outcomes()).extracting(ImportOutcome::action).containsExactly(Action.CREATE, Action.INVALID);
        assertThat(everyone()).extracting(PersonRow::name).containsExactly("Hugo Påhittad");
    }

    @Test
    void dryRunReportsWhatWouldHappenAndMatchesButWritesNothing() throws Exception {
        people.save(new Person(0, "Märta", "Åkerström", null, null, null, "marta@example.se", null, null, null, null, null, null));

        VCardImportReport report = importFile(vcf(TWO_PEOPLE), OnDuplicate.SKIP, true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.outcomes()).extracting(ImportOutcome::action, ImportOutcome::match)
                .containsExactly(tuple(Action.SKIP, DuplicateCandidate.Reason.SAME_EMAIL), tuple(Action.CREATE, null));
        assertThat(report.backup()).isNull();
        assertThat(everyone()).hasSize(1);
        assertThat(backups()).isEmpty();
    }

    @Test
    void aDuplicateByEmailIsSkippedByDefaultUpdatedOrCreatedWhenAsked() throws Exception {
        long id = people.save(new Person(0, "Märta", "Åkerström", "Gammal titel", null, null, "marta@example.se",
                "031-390 06 10", null, null, true, "Skyddsombud", null)).id();
        Path file = vcf(TWO_PEOPLE);

        assertThat(importFile(file, OnDuplicate.SKIP, false).outcomes().get(0).action()).isEqualTo(Action.SKIP);
        assertThat(people.find(id).orElseThrow().title()).isEqualTo("Gammal titel");

        VCardImportReport update = importFile(file, OnDuplicate.UPDATE, false);
        assertThat(update.outcomes().get(0)).extracting(ImportOutcome::action, ImportOutcome::personId)
                .containsExactly(Action.UPDATE, id);
        Person updated = people.find(id).orElseThrow();
        assertThat(updated.lastName()).isEqualTo("Åkerström-Påhittad");
        assertThat(updated.title()).isEqualTo("Regionråd");
        assertThat(updated.phone()).isEqualTo("070-174 06 05");
        assertThat(updated.unionMember()).as("sensitive fields are kept").isTrue();
        assertThat(updated.unionRole()).isEqualTo("Skyddsombud");

        assertThat(importFile(file, OnDuplicate.UPDATE, false).outcomes().get(0).action()).isEqualTo(Action.UNCHANGED);

        assertThat(importFile(file, OnDuplicate.CREATE, false).outcomes().get(0).action()).isEqualTo(Action.CREATE);
        assertThat(people.list(new PersonFilter("marta@", null, null, null, null, null))).hasSize(2);
    }

    @Test
    void theSameNameAtTheSameOrganisationIsADuplicate() throws Exception {
        people.save(new Person(0, "märta", "åkerström-påhittad", null, regionId, null, null, null, null, null, null, null, null));
        people.save(new Person(0, "Örjan", "Låtsas", null, null, null, "annan@example.se", null, null, null, null, null, null));

        VCardImportReport report = importFile(vcf(TWO_PEOPLE), OnDuplicate.SKIP, true);

        assertThat(report.outcomes()).extracting(ImportOutcome::match).containsExactly(
                DuplicateCandidate.Reason.SAME_NAME_SAME_ORG, DuplicateCandidate.Reason.SAME_NAME_SAME_ORG);
    }

    @Test
    void withoutOrganisationTheSameNameWithAnotherEmailIsAnotherPerson() throws Exception {
        people.save(new Person(0, "Ebba", "Låtsas", null, null, null, "ebba@example.se", null, null, null, null, null, null));
        Path file = vcf("""
                BEGIN:VCARD
                VERSION:3.0
                N:Låtsas;Ebba;;;
                EMAIL:ebba@example.com
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Låtsas;Ebba;;;
                END:VCARD
                """);

        VCardImportReport report = importFile(file, OnDuplicate.SKIP, true);

        assertThat(report.outcomes()).extracting(ImportOutcome::action, ImportOutcome::match).containsExactly(
                tuple(Action.CREATE, null), tuple(Action.SKIP, DuplicateCandidate.Reason.SAME_NAME_SAME_ORG));
    }

    @Test
    void aPersonAtOneOfTwoOrganisationsOfTheSameNameStaysThere() throws Exception {
        var organisations = new OrganisationService(workspace, Locale.ROOT);
        organisations.save(new Organisation(0, "Exempelsvets AB", "COMPANY", null, null, null, null, null));
        long second = workspace.inTransaction(s -> new StoreFixture(s).organisation("Exempelsvets AB", "COMPANY", null));
        long hugo = people.save(new Person(0, "Hugo", "Påhittad", null, second, null, "hugo@example.se", null, null,
                null, null, null, null)).id();
        people.save(new Person(0, "Ylva", "Fiktiv", null, second, null, null, null, null, null, null, null, null));
        Path file = vcf("""
                BEGIN:VCARD
                VERSION:3.0
                N:Påhittad;Hugo;;;
                ORG:Exempelsvets AB
                EMAIL:hugo@example.se
                TITLE:Svetsare
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Fiktiv;Ylva;;;
                ORG:exempelsvets ab
                END:VCARD
                """);

        VCardImportReport report = importFile(file, OnDuplicate.UPDATE, false);

        assertThat(report.outcomes()).extracting(ImportOutcome::action, ImportOutcome::match).containsExactly(
                tuple(Action.UPDATE, DuplicateCandidate.Reason.SAME_EMAIL),
                tuple(Action.UNCHANGED, DuplicateCandidate.Reason.SAME_NAME_SAME_ORG));
        assertThat(people.find(hugo).orElseThrow()).extracting(Person::title, Person::organisationId)
                .containsExactly("Svetsare", second);
    }

    @Test
    void twoCardsForOnePersonInOneFileMatchEachOther() throws Exception {
        Path file = vcf("""
                BEGIN:VCARD
                VERSION:3.0
                N:Påhittad;Hugo;;;
                EMAIL:hugo@example.se
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                N:Påhittad;Hugo;;;
                EMAIL:HUGO@example.se
                TITLE:Förändringsledare
                END:VCARD
                """);

        VCardImportReport dry = importFile(file, OnDuplicate.UPDATE, true);
        VCardImportReport done = importFile(file, OnDuplicate.UPDATE, false);

        assertThat(dry.outcomes()).extracting(ImportOutcome::action, ImportOutcome::matchedCard)
                .containsExactly(tuple(Action.CREATE, 0), tuple(Action.UPDATE, 1));
        assertThat(done.outcomes()).extracting(ImportOutcome::action, ImportOutcome::matchedCard)
                .containsExactly(tuple(Action.CREATE, 0), tuple(Action.UPDATE, 1));
        assertThat(everyone()).singleElement().extracting(PersonRow::title).isEqualTo("Förändringsledare");
    }

    @Test
    void aCancelledImportRollsEverythingBack() throws Exception {
        var cancelAfterOne = new VCardService.Progress() {
            int done;

            @Override
            public void update(int d, int total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 1;
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vcards.importFile(vcf(TWO_PEOPLE),
                        VCardImportOptions.defaults(), cancelAfterOne))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(everyone()).isEmpty();
    }

    @Test
    void exportNeverContainsSensitiveFields() throws Exception {
        long id = people.save(new Person(0, "Hugo", "Påhittad", "Kommunalråd", regionId, null, "hugo@example.se",
                "070-174 06 07", "07", "0780", true, "Skyddsombud", null)).id();
        workspace.inTransaction(s -> {
            new StoreFixture(s).politicalOffice(id, "Kommunfullmäktige i Exempelstad", "Exempelpartiet");
            return null;
        });
        Path file = dir.resolve("ut/personer.vcf");

        assertThat(vcards.export(file)).isEqualTo(1);

        String text = Files.readString(file);
        assertThat(text).contains("N:Påhittad;Hugo;;;", "ORG:Region Exempellän", "ADR;TYPE=work:;;;Växjö;Kronobergs län;;")
                .doesNotContain("Skyddsombud", "Kommunfullmäktige", "Exempelpartiet", "X-");
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesTheSamePeople() throws Exception {
        people.save(new Person(0, "Märta", "Åkerström-Påhittad", "Regionråd, kompetensförsörjning", regionId, null,
                "marta@example.se", "0701740605", "07", "0780", null, null, null));
        people.save(new Person(0, "Örjan", "von Låtsas", null, null, null, null, "031-390 06 10", null, null, null, null, null));
        Path file = dir.resolve("personer.vcf");
        vcards.export(file);

        try (Workspace fresh = Workspace.create(dir.resolve("fresh"), "pw-2".toCharArray())) {
            new OrganisationService(fresh, Locale.ROOT)
                    .save(new Organisation(0, "Region Exempellän", "REGION", null, null, null, null, null));
            VCardImportReport report = new VCardService(fresh).importFile(file, VCardImportOptions.defaults(),
                    VCardService.Progress.NONE);

            assertThat(report.errors()).isEmpty();
            assertThat(report.notes()).isEmpty();
            var copied = new PeopleService(fresh).list(new PersonFilter(null, null, null, null, null, null));
            assertThat(copied).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").isEqualTo(everyone());
        }
    }
}
