package se.samverkan.service.reports;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A report's text as PDFBox (another library than the one that wrote it) reads it, with no-break spaces as plain
 * spaces so "1 240 001 kr" can be looked for as typed.
 */
final class PdfText {

    private PdfText() {
    }

    static String of(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }

    /** The text of one page, counted from 1. */
    static String page(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc).replace('\u00A0', ' ');
        }
    }
}
