package nl.ivbplanner.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import nl.ivbplanner.database.DatabaseState;
import nl.ivbplanner.publication.PublishedFile;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Reports made from the live data (staff's reading of a plan, the progress report, framework reports) as page, PDF
 * and Word file, kept per state of the database ({@link DatabaseState}): laying out the Rijswijk plan as 61 PDF pages
 * takes about 400 ms of CPU and its page 15 ms, so sixteen readers of an unchanged report share one rendering instead
 * of queueing for sixteen. Any write in the database makes the next read render anew. A report has nothing of its
 * reader in it (no name, no form), and access is checked on every request before this.
 */
@Component
class LiveReports {

    /** What a file is made from: the report's template and model, and the file's name. */
    record Source(String template, Object report, String fileName) {}

    private record Key(String version, String path, Locale locale) {}

    private record Rendered(byte[] body, String fileName) {}

    private final Cache<Key, Rendered> kept = Caffeine.newBuilder()
            // the largest seeded report is a 540 kB PDF: room for fifty or so
            .maximumWeight(32_000_000)
            .weigher((Key key, Rendered rendered) -> rendered.body().length)
            .expireAfterAccess(Duration.ofHours(1))
            .build();
    private final DatabaseState database;
    private final ReportRenderer renderer;

    LiveReports(DatabaseState database, ReportRenderer renderer) {
        this.database = database;
        this.renderer = renderer;
    }

    /** Take this before reading the data the file will show. */
    String version() {
        return database.version();
    }

    /** The page, PDF or Word file of the source: what was kept for the same version, address and language, or new. */
    ResponseEntity<byte[]> file(
            PublishedFile file,
            String version,
            Supplier<Source> source,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        Rendered rendered = version == null
                ? render(file, source.get(), locale, request, response)
                : kept.get(
                        new Key(version, request.getRequestURI(), locale),
                        key -> render(file, source.get(), locale, request, response));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(file.mediaType());
        if (file != PublishedFile.HTML) {
            // a browser shows a PDF; Word opens a document from the download
            ContentDisposition.Builder disposition =
                    file == PublishedFile.PDF ? ContentDisposition.inline() : ContentDisposition.attachment();
            answer.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    disposition.filename(rendered.fileName()).build().toString());
        }
        return answer.body(rendered.body());
    }

    private Rendered render(
            PublishedFile file,
            Source source,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String html = renderer.html(source.template(), source.report(), locale, request, response);
        byte[] body = switch (file) {
            case HTML -> html.getBytes(StandardCharsets.UTF_8);
            case PDF -> renderer.pdf(html, request.getRequestURL().toString());
            case DOCX -> renderer.docx(html, locale);
        };
        return new Rendered(body, source.fileName());
    }
}
