package se.samverkan.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code qpdf --check} (a PDF checker independent of the library that wrote the file) on a generated PDF. CI
 * installs qpdf and sets {@code SAMVERKAN_REQUIRE_QPDF=1}, so there a missing qpdf fails the build; on a developer
 * machine without qpdf the structural check is skipped and PDFBox still reads every report back.
 */
final class QpdfCheck {

    private QpdfCheck() {
    }

    static boolean available() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "qpdf"))) {
                    return true;
                }
            }
        }
        if (System.getenv("SAMVERKAN_REQUIRE_QPDF") != null) {
            fail("qpdf is required (SAMVERKAN_REQUIRE_QPDF is set) but not on the PATH");
        }
        return false;
    }

    /** Fails the test when qpdf finds a structural error in {@code pdf}. */
    static void passes(Path pdf) throws Exception {
        if (!available()) {
            return;
        }
        Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("qpdf --check " + pdf.getFileName() + ":\n" + out).isZero();
        assertThat(out).contains("No syntax or stream encoding errors found");
    }
}
