package nl.ivbplanner.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns a rendered report page into a tagged PDF that conforms to PDF/UA-1 (accessible) and PDF/A-2a (archivable),
 * as municipalities must keep council documents. The page's own stylesheets are replaced by the same files read from
 * the classpath plus the paged-media rules, so the PDF needs no HTTP round trip and no system fonts.
 */
@Component
class ReportPdf {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final String css;
    private final byte[] regularFont;
    private final byte[] boldFont;
    private final byte[] colorProfile;

    ReportPdf() {
        // openhtmltopdf prints to its own console handler unless told otherwise: SLF4J obeys logging.level
        XRLog.setLoggerImpl(new Slf4jLogger());
        this.css =
                text("static/css/report.css") + text("static/css/report-print.css") + text("static/css/report-pdf.css");
        this.regularFont = bytes("fonts/DejaVuSans.ttf");
        this.boldFont = bytes("fonts/DejaVuSans-Bold.ttf");
        // PDF/A wants an output intent: the JDK's own sRGB profile, so no ICC file is shipped
        this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    byte[] render(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        // charts stay in the page: their figures are in the tables beside them, which tagged PDF reads out
        page.select("link[rel=stylesheet], .report-screen-only, .report-chart, .chart-patterns")
                .remove();
        page.head().appendElement("style").appendChild(new DataNode(css));
        PrintablePage.prepare(page);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_A)
                .useColorProfile(colorProfile)
                .useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri).toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing report resource " + path, e);
        }
    }
}
