package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.cli.CliRunner.Run;

class ReportCommandTest {

    private static final String PASSWORD = "rapport-lösen-1";
    @TempDir
    Path dir;

    private Run run(String lang, String... args) {
        return CliRunner.run(PASSWORD, options -> { }, CliRunner.in(dir.resolve("data"), lang, args));
    }

    @Test
    void theCostAllocationOfTheDemoYearIsWrittenAsPdfAndXlsx() throws Exception {
        assertThat(run("sv", "demo", "--scale", "60").status()).isZero();
        String year = Integer.toString(LocalDate.now().getYear());
        Path pdf = dir.resolve("ut/kostnad.pdf");

        Run report = run("sv", "report", "cost-allocation", "--period", year, "--out", pdf.toString());

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out().trim()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(report.err()).contains("Kostnadsfördelning " + year + " för 12 avdelningar").doesNotContain("Obs");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        Path xlsx = dir.resolve("ut/kostnad.xlsx");
        assertThat(run("en", "report", "cost-allocation", "--period", year, "--out", xlsx.toString()).status()).isZero();
        assertThat(xlsx).isNotEmptyFile();

        Path board = dir.resolve("ut/styrelse.pdf");
        Run boardRun = run("sv", "report", "board", "--branch", "801", "--period", year + "H1", "--author", "Kim",
                "--out", board.toString());
        assertThat(boardRun.status()).as(boardRun.err()).isZero();
        assertThat(boardRun.err()).contains("Avdelningsrapport för", year + "H1");
        assertThat(Files.readAllBytes(board)).startsWith("%PDF-".getBytes());
        Run unknown = run("sv", "report", "board", "--branch", "Atlantis", "--period", year, "--out",
                dir.resolve("ut/ingen.pdf").toString());
        assertThat(unknown.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("Atlantis");
        assertThat(dir.resolve("ut/ingen.pdf")).doesNotExist();
    }

    @Test
    void wrongUseOfReportIsAUsageErrorAndWritesNothing() {
        assertThat(run("sv", "init").status()).isZero();
        Path out = dir.resolve("r.pdf");
        Run weekly = run("sv", "report", "weekly", "--period", "2026", "--out", out.toString());
        assertThat(weekly.status()).isEqualTo(ExitCode.USAGE);
        assertThat(weekly.err()).contains("board", "cost-allocation");
        Run board = run("sv", "report", "board", "--period", "2026", "--out", out.toString());
        assertThat(board.status()).isEqualTo(ExitCode.USAGE);
        assertThat(board.err()).contains("--branch");
        assertThat(run("sv", "report", "board", "--branch", "801", "--period", "2026", "--out",
                dir.resolve("r.xlsx").toString()).status()).isEqualTo(ExitCode.USAGE);
        Run half = run("sv", "report", "cost-allocation", "--period", "2026H1", "--out", out.toString());
        assertThat(half.status()).isEqualTo(ExitCode.USAGE);
        assertThat(half.err()).contains("ett år");
        assertThat(run("sv", "report", "cost-allocation", "--period", "26", "--out", out.toString()).status())
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("sv", "report", "cost-allocation", "--period", "2026", "--out", dir.resolve("r.csv").toString())
                .status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("sv", "report", "cost-allocation", "--period", "2026", "--branch", "801", "--out",
                out.toString()).status()).isEqualTo(ExitCode.USAGE);
        Run noCost = run("en", "report", "cost-allocation", "--period", "2031", "--out", out.toString());
        assertThat(noCost.status()).isZero();
        assertThat(noCost.err()).contains("no project cost is entered for 2031");
    }
}
