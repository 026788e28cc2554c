package nl.ivbplanner.publication;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/** The files of a published version, each stored as bytes with its own SHA-256. */
public enum PublishedFile {
    HTML("html", MediaType.parseMediaType("text/html;charset=UTF-8"), null),
    PDF("pdf", MediaType.APPLICATION_PDF, "pdf"),
    DOCX(
            "docx",
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "docx");

    /** The column of the bytes; the hash is in {@code <column>_sha256}. Never user input. */
    final String column;

    final MediaType mediaType;

    /** The extension of a saved file; null for the page, which is shown, not saved. */
    final String extension;

    /** The file a request asks for by its address's extension; the page when it has none. */
    public MediaType mediaType() {
        return mediaType;
    }

    public static PublishedFile of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith(".pdf") ? PDF : uri.endsWith(".docx") ? DOCX : HTML;
    }

    PublishedFile(String column, MediaType mediaType, String extension) {
        this.column = column;
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
