package nl.ivbplanner.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;

/**
 * A report page that needs nothing else from the server: its stylesheets inlined, read from the classpath as the PDF
 * does. A published version keeps its look after a deploy, when the stylesheets' (content-hashed) addresses of that
 * day no longer exist.
 *
 * @param styleSources the CSP source expressions of the inlined style elements, which the page is served with
 */
record StandaloneHtml(String html, List<String> styleSources) {

    /** A content hash in a static file's name ({@code report-0123abcd….css}), as versioned resource URLs add. */
    private static final Pattern CONTENT_HASH = Pattern.compile("-[0-9a-f]{32,64}(?=\\.css$)");

    /**
     * The page with its stylesheets inlined, and the links to its PDF and Word files (the current version's address,
     * currentHref + ".pdf") pointing at this version's own files (versionHref + ".pdf") rather than whatever is
     * current.
     */
    static StandaloneHtml of(String page, String contextPath, String currentHref, String versionHref) {
        Document document = Jsoup.parse(page);
        document.outputSettings().prettyPrint(false);
        List<String> sources = new ArrayList<>();
        for (Element link : document.select("link[rel=stylesheet]")) {
            String css = stylesheet(link.attr("href"), contextPath);
            Element style = new Element("style").appendChild(new DataNode(css));
            if (link.hasAttr("media")) {
                style.attr("media", link.attr("media"));
            }
            link.replaceWith(style);
            sources.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(css)) + "'");
        }
        for (String file : List.of(".pdf", ".docx")) {
            document.select("a[href]").stream()
                    .filter(a -> a.attr("href").equals(currentHref + file))
                    .forEach(a -> a.attr("href", versionHref + file));
        }
        return new StandaloneHtml(document.outerHtml(), List.copyOf(sources));
    }

    private static String stylesheet(String href, String contextPath) {
        String path = href.replaceFirst("[?#].*$", "");
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        ClassPathResource file = new ClassPathResource("static" + path);
        if (!file.exists()) {
            file = new ClassPathResource("static" + CONTENT_HASH.matcher(path).replaceFirst(""));
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No stylesheet on the classpath for " + href, e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
