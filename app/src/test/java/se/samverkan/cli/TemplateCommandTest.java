package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;

class TemplateCommandTest {

    private static final String PASSWORD = "mall-lösen-1";
    @TempDir
    Path dir;

    private Run run(String lang, String... args) {
        return CliRunner.run(PASSWORD, options -> { }, CliRunner.in(dir.resolve("data"), lang, args));
    }

    @Test
    void theTemplateOfADemoBranchIsWrittenAndWrongUseWritesNothing() throws Exception {
        assertThat(run("sv", "demo", "--scale", "60").status()).isZero();
        String period = LocalDate.now().getYear() + "H1";
        Path out = dir.resolve("ut/mall 801.xlsx");

        Run template = run("sv", "template", "--branch", "801", "--period", period, "--out", out.toString());

        assertThat(template.status()).as(template.err()).isZero();
        assertThat(template.out().trim()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(template.err()).contains("Uppföljningsblad för", period, "räknas i Samverkan");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(1)).isEqualTo("Uppföljning");
            assertThat(book.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(book.getSheetAt(2).getRow(4).getCell(1).getStringCellValue()).isEqualTo(period);
        }

        Path none = dir.resolve("ut/ingen.xlsx");
        Run unknown = run("en", "template", "--branch", "Atlantis", "--period", period, "--out", none.toString());
        assertThat(unknown.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("Atlantis");
        Run badPeriod = run("sv", "template", "--branch", "801", "--period", "2026H3", "--out", none.toString());
        assertThat(badPeriod.status()).isEqualTo(ExitCode.USAGE);
        assertThat(badPeriod.err()).contains("2026H3");
        Run pdf = run("sv", "template", "--branch", "801", "--period", period, "--out",
                dir.resolve("ut/mall.pdf").toString());
        assertThat(pdf.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("sv", "template", "--period", period, "--out", none.toString()).status())
                .isEqualTo(ExitCode.USAGE);
        assertThat(none).doesNotExist();
        assertThat(dir.resolve("ut/mall.pdf")).doesNotExist();
    }
}
