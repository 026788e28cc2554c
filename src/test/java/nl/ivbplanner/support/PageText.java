package nl.ivbplanner.support;

import org.springframework.web.util.HtmlUtils;

/** A page as a reader sees its text: no tags, scripts or styles, entities decoded, white space folded. */
public final class PageText {

    private PageText() {}

    public static String of(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                        .replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ");
    }
}
