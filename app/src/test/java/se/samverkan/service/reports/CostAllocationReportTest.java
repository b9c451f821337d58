package se.samverkan.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.domain.ArchivedReport;
import se.samverkan.domain.Branch;
import se.samverkan.domain.CostAllocation;
import se.samverkan.domain.Period;
import se.samverkan.service.Messages;
import se.samverkan.service.Workspace;
import se.samverkan.service.costs.CostAllocationService;

/** The cost-allocation report read back by other libraries: PDFBox for the PDF, POI for the workbook. */
class CostAllocationReportTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @TempDir
    Path dir;
    private Workspace workspace;
    private CostAllocationReport report;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("data"), "pw".toCharArray());
        var costs = new CostAllocationService(workspace, CLOCK);
        long[] ids = new long[3];
        String[] names = {"Avdelning Åsele", "Avdelning Ödeshög", "Avdelning Älvdalen"};
        int[] members = {5_000, 3_000, 2_001};
        workspace.inTransaction(s -> {
            for (int i = 0; i < 3; i++) {
                ids[i] = s.branches().create(new Branch(0, 901 + i, names[i], "SE21", List.of("06"), null, null)).id();
            }
            return null;
        });
        for (int i = 0; i < 3; i++) {
            costs.setMembers(ids[i], 2026, members[i]);
        }
        costs.setCost(2026, BigDecimal.valueOf(2_480_001));
        report = new CostAllocationReport(workspace, Messages.of(Messages.SWEDISH), CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void thePdfHasTheSplitInSwedishWithItsFontsEmbedded() throws Exception {
        Path pdf = dir.resolve("ut/kostnadsfordelning-2026.pdf");
        CostAllocation a = report.write(2026, pdf);
        QpdfCheck.passes(pdf);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = plain(new PDFTextStripper().getText(doc));
            assertThat(text).contains("Kostnadsfördelning 2026", "Internt", "Sida 1", "Förbundet (50 %)",
                    "1 240 001 kr", "2 480 001 kr", "Avdelning Åsele", "Avdelning Ödeshög", "Avdelning Älvdalen",
                    "Summa avdelningarna", "10 001", "1 240 000 kr", "Belopp per avdelning");
            // 1 240 000 × 5 000/10 001 = 619 938.006…: the whole kronor, and the remainders settle the rest
            assertThat(text).contains(String.format(java.util.Locale.ROOT, "%,d kr", a.branches().get(0).amount().longValue())
                    .replace(',', ' '));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Kostnadsfördelning 2026");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
        assertThat(Files.list(pdf.getParent()).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void theWorkbookHasNumbersThatAddUpToTheCost() throws Exception {
        Path xlsx = dir.resolve("kostnad.xlsx");
        report.write(2026, xlsx);

        try (InputStream in = Files.newInputStream(xlsx); var book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kostnadsfördelning 2026");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Belopp (kr)");
            double branches = 0;
            for (int r = 1; r <= 3; r++) {
                branches += sheet.getRow(r).getCell(4).getNumericCellValue();
            }
            assertThat(branches).isEqualTo(1_240_000);
            assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(1_240_000);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Förbundet (50 %)");
            assertThat(sheet.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(1_240_001);
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(2_480_001);
        }
    }

    @Test
    void eachReportWrittenIsArchivedWithTheBytesOfItsFileAndNoGoalFigures() throws Exception {
        Path pdf = dir.resolve("kostnadsfordelning-2026.pdf");
        Path xlsx = dir.resolve("kostnadsfordelning-2026.xlsx");
        report.write(2026, pdf);
        report.write(2026, xlsx);

        var archive = new ReportArchive(workspace, CLOCK);
        List<ArchivedReport> archived = archive.list();
        assertThat(archived).extracting(ArchivedReport::fileName)
                .containsExactly("kostnadsfordelning-2026.xlsx", "kostnadsfordelning-2026.pdf");
        assertThat(archived).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ArchivedReport.Kind.COST_ALLOCATION);
            assertThat(r.branchId()).isNull();
            assertThat(r.period()).isEqualTo("2026");
            assertThat(r.title()).isEqualTo("Kostnadsfördelning 2026");
        });
        assertThat(archive.bytes(archived.get(0).id()).orElseThrow()).isEqualTo(Files.readAllBytes(xlsx));
        assertThat(archive.bytes(archived.get(1).id()).orElseThrow()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(archive.previousSnapshot(ArchivedReport.Kind.COST_ALLOCATION, null, Period.year(2026)).orElseThrow()
                .figures().isEmpty()).isTrue();
    }
}
