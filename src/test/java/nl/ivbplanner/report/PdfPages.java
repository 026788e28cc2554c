package nl.ivbplanner.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Keeps a test's PDF and its first pages as PNG under target/reports, for a person to look at. */
final class PdfPages {

    private static final Path DIRECTORY = Path.of("target/reports");

    private PdfPages() {}

    static void save(byte[] pdf, String name) throws IOException {
        Files.createDirectories(DIRECTORY);
        Files.write(DIRECTORY.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(6, document.getNumberOfPages()); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(
                        image,
                        "png",
                        DIRECTORY.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }
}
