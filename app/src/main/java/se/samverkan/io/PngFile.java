package se.samverkan.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes pixels as a PNG file, atomically: a failed write leaves no half image behind. */
public final class PngFile {

    private PngFile() {
    }

    /** @param argb width × height pixels, row by row, 0xAARRGGBB */
    public static void write(Path target, int width, int height, int[] argb) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("pixel count does not match the size");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
