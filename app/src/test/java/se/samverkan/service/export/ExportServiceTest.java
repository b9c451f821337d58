package se.samverkan.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.store.StoreFixture;

class ExportServiceTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private ExportService export;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw-export".toCharArray());
        workspace.inTransaction(s -> {
            StoreFixture f = new StoreFixture(s);
            long org = f.organisation("Region Testlän; \"Norra\"", "REGION", "0680");
            long greta = f.person("Greta", "Fiktiva", "greta@example.test", org, true);
            f.politicalOffice(greta, "Kommunfullmäktige Testby", "Exempelpartiet");
            f.person("Åke", "Östlund", null, null, null);
            return null;
        });
        export = new ExportService(workspace, Messages.of(Messages.SWEDISH));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndQuotesWhereNeeded() throws Exception {
        Path file = dir.resolve("personer.csv");
        assertThat(export.write(ListKind.PEOPLE, file, false, ';')).isEqualTo(2);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Id;Förnamn;Efternamn;Titel;Organisation");
        assertThat(lines.get(1)).contains(";Greta;Fiktiva;;\"Region Testlän; \"\"Norra\"\"\";");
        assertThat(lines.get(2)).contains(";Åke;Östlund;");
        assertThat(lines).hasSize(3);
    }

    @Test
    void sensitiveColumnsAreLeftOutUnlessAskedFor() throws Exception {
        Path plain = dir.resolve("a.csv");
        Path sensitive = dir.resolve("b.csv");
        export.write(ListKind.PEOPLE, plain, false, ';');
        export.write(ListKind.PEOPLE, sensitive, true, ';');
        assertThat(Files.readString(plain)).doesNotContain("Kommunfullmäktige").doesNotContain("känslig");
        assertThat(Files.readString(sensitive)).contains("Politiska uppdrag (känslig)")
                .contains("Kommunfullmäktige Testby (Exempelpartiet)").contains(";ja;");
    }

    @Test
    void xlsxIsReadBackByPoiWithHeaderIdsAndNumbers() throws Exception {
        Path file = dir.resolve("org.xlsx");
        export.write(ListKind.ORGANISATIONS, file, false, ';');
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheet("Organisationer");
            var fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Id");
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("Namn");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isPositive();
            assertThat(fmt.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("Region Testlän; \"Norra\"");
            assertThat(fmt.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("Region");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownFileEndingWritesNothing() {
        Path file = dir.resolve("x.pdf");
        assertThatThrownBy(() -> export.write(ListKind.PEOPLE, file, false, ';'))
                .isInstanceOf(ExportService.UnsupportedFileException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void theShownRowsAreWrittenInTheShownOrderAndNoOthers() throws Exception {
        long third = workspace.inTransaction(s -> new StoreFixture(s).person("=Cmd", "Injektion", null, null, null));
        long greta = export.table(ListKind.PEOPLE, false).rows().stream().filter(r -> "Greta".equals(r.get(1)))
                .map(r -> ((Number) r.get(0)).longValue()).findFirst().orElseThrow();
        Path file = dir.resolve("visade.xlsx");

        assertThat(export.writeShown(ListKind.PEOPLE, List.of(third, greta, 999_999L), file, false, ';')).isEqualTo(2);

        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(third);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=Cmd");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(greta);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Greta");
        }
    }

    @Test
    void theShownRowsOfAnotherListAreFilteredTheSameWay() throws Exception {
        long second = workspace.inTransaction(s -> new StoreFixture(s).organisation("Annan AB", "MUNICIPALITY", null));
        Path file = dir.resolve("org.csv");

        assertThat(export.writeShown(ListKind.ORGANISATIONS, List.of(second), file, false, ',')).isEqualTo(1);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(second + ",Annan AB,");
    }
}
