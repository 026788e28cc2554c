package nl.ivbplanner.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import nl.ivbplanner.security.SecurityHeaders;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Sends a published file from the store: its SHA-256 as a strong ETag, so a reader who has it gets a 304 without a
 * body, and cache headers by how it is read. Nothing is rendered; the bytes are read only for a 200.
 */
@Component
public class PublishedFiles {

    /** How a file is read, which decides who may cache it and for how long. */
    public enum Reading {
        /** The current version of a public document: anyone may cache it, but asks again after five minutes. */
        CURRENT_PUBLIC(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().mustRevalidate()),
        /** The current version for a signed-in reader: only their browser keeps it, and asks every time. */
        CURRENT_SIGNED_IN(CacheControl.noCache().cachePrivate()),
        /** A numbered version never changes. */
        VERSION_PUBLIC(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()),
        VERSION_SIGNED_IN(
                CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable());

        private final CacheControl cacheControl;

        Reading(CacheControl cacheControl) {
            this.cacheControl = cacheControl;
        }

        /** Also for other public data that the municipality's staff may change, such as its open data. */
        public CacheControl cacheControl() {
            return cacheControl;
        }

        /** A numbered version, cached by anyone only where the municipality publishes it for anyone. */
        public static Reading version(StoredVersion version) {
            return version.forAnyone() ? VERSION_PUBLIC : VERSION_SIGNED_IN;
        }
    }

    private final PublicationService publications;

    PublishedFiles(PublicationService publications) {
        this.publications = publications;
    }

    public ResponseEntity<byte[]> response(
            StoredVersion version, PublishedFile file, Reading reading, HttpServletRequest request) {
        String hash = version.sha256(file);
        if (hash == null) {
            throw new NotFoundException();
        }
        // a page goes compressed to whoever accepts it: Tomcat leaves an answer with a strong ETag as it is
        boolean gzip = file == PublishedFile.HTML && acceptsGzip(request);
        String etag = "\"" + hash + (gzip ? "-gzip" : "") + "\"";
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            ResponseEntity.HeadersBuilder<?> notModified =
                    ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(reading.cacheControl);
            if (file == PublishedFile.HTML) {
                notModified.varyBy(HttpHeaders.ACCEPT_ENCODING);
            }
            return notModified.build();
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(reading.cacheControl)
                .contentType(file.mediaType);
        if (file == PublishedFile.HTML) {
            // the page's styles are inlined (a version keeps its look after a deploy): allow exactly those
            answer.header(
                    "Content-Security-Policy",
                    SecurityHeaders.CONTENT_SECURITY_POLICY.replace(
                            "style-src 'self'", "style-src 'self' " + version.styleSources()));
            answer.varyBy(HttpHeaders.ACCEPT_ENCODING);
        } else {
            answer.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    // a browser shows a PDF; Word opens a document from the download
                    (file == PublishedFile.DOCX ? ContentDisposition.attachment() : ContentDisposition.inline())
                            .filename(version.fileName(file))
                            .build()
                            .toString());
        }
        return gzip
                ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(publications.gzipped(version, file))
                : answer.body(publications.bytes(version, file));
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }
}
