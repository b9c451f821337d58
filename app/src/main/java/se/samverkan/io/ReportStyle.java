package se.samverkan.io;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.samverkan.domain.StatusLevel;

/**
 * The reports' colours and type: Liberation Sans embedded (decision 0019), the ink and rule greys, the Okabe–Ito
 * status colours, and the small text helpers the page frame, the tables and the charts share.
 */
final class ReportStyle {

    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    static final Color RULE = new Color(0xD0, 0xD7, 0xDE);
    static final Color HEADER_FILL = new Color(0xF3, 0xF5, 0xF7);
    static final Color ACCENT = new Color(0x00, 0x72, 0xB2);
    static final Color TARGET_MARK = new Color(0x1F, 0x23, 0x28);
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;
    private static volatile BaseFont italic;

    private ReportStyle() {
    }

    /** The badge colour of a status: Okabe–Ito blue, orange, vermillion; a pale grey for no data. */
    static Color statusColor(StatusLevel level) {
        return switch (level) {
            case ON_TRACK -> new Color(0x00, 0x72, 0xB2);
            case AT_RISK -> new Color(0xE6, 0x9F, 0x00);
            case OFF_TRACK -> new Color(0xD5, 0x5E, 0x00);
            case NO_DATA -> new Color(0xEE, 0xF0, 0xF2);
        };
    }

    /** The text colour on a status colour: dark on orange and pale grey, white on blue and vermillion. */
    static Color statusInk(StatusLevel level) {
        return level == StatusLevel.AT_RISK || level == StatusLevel.NO_DATA ? INK : Color.WHITE;
    }

    /** The text cut with "…" so it fits {@code width} points at {@code size}. */
    static String fit(String text, float width, float size) {
        if (font().getWidthPoint(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && font().getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    static Font font(float size, boolean strong, Color color) {
        return new Font(strong ? boldFont() : font(), size, Font.NORMAL, color);
    }

    static BaseFont font() {
        if (regular == null) {
            regular = load("LiberationSans-Regular.ttf");
        }
        return regular;
    }

    static BaseFont boldFont() {
        if (bold == null) {
            bold = load("LiberationSans-Bold.ttf");
        }
        return bold;
    }

    static BaseFont italicFont() {
        if (italic == null) {
            italic = load("LiberationSans-Italic.ttf");
        }
        return italic;
    }

    private static BaseFont load(String name) {
        try (InputStream in = ReportStyle.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + name);
            }
            // Identity-H and embedded: any Unicode text, the glyphs travel with the file
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font could not be read: " + name, e);
        }
    }

    static void text(PdfContentByte cb, String text, float size, Color color, int align, float x, float y) {
        cb.beginText();
        cb.setFontAndSize(font(), size);
        cb.setColorFill(color);
        cb.showTextAligned(align, text, x, y, 0);
        cb.endText();
    }
}
