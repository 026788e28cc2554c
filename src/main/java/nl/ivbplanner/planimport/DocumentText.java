package nl.ivbplanner.planimport;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * How a Word paragraph is read: its text as typed (a line break inside it as "\n"), whether it is a heading and of
 * which level, and a list item's marker in the text form the app stores ("- " for a bullet, "1. " or "a. " for a
 * numbered or lettered item). One instance per document: it counts the numbered lists' items.
 */
final class DocumentText {

    /** A heading, the document's title, or body text. */
    static final int TITLE = -1;

    static final int BODY = 0;

    /** Word's own style ids and names ('Heading1', 'heading 1') and the Dutch ones ('Kop1', 'Kop 1'). */
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|kop)\\s*([1-9])");

    private static final Pattern TITLE_STYLE = Pattern.compile("title|titel");
    /** List styles that carry their bullet in the style instead of the paragraph ('List Bullet', 'Lijstopsomming'). */
    private static final Pattern BULLET_STYLE = Pattern.compile("list\\s*bullet.*|lijstopsomming.*");
    /** Body text in Word's outline ('outlineLvl' 9): not a heading. */
    private static final int OUTLINE_BODY = 9;

    private static final int STYLE_DEPTH = 10;

    private final XWPFStyles styles;
    private final Map<String, Integer> counters = new HashMap<>();

    DocumentText(XWPFStyles styles) {
        this.styles = styles;
    }

    /** The paragraph's text as written, trimmed; line breaks inside it become "\n". */
    static String text(XWPFParagraph paragraph) {
        return paragraph.getText().replace('\r', '\n').strip();
    }

    /**
     * 1..9 for a heading (a heading style, Word's or the Dutch one, also a style based on one, or an outline level set on
     * the paragraph), {@link #TITLE} for the title style, {@link #BODY} for everything else. A paragraph that is only
     * bold and short is NOT taken for a heading: the documents this reads use heading styles, and bold text in a plan
     * is often a lead-in ('Let op:') that would tear a chapter apart.
     */
    int level(XWPFParagraph paragraph) {
        Integer outline = outlineLevel(paragraph.getCTP().getPPr());
        if (outline != null) {
            return outline;
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < STYLE_DEPTH; depth++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
            Integer named = levelOfName(styleId);
            if (named == null && style != null) {
                named = levelOfName(style.getName());
            }
            if (named != null) {
                return named;
            }
            if (style == null) {
                return BODY;
            }
            CTPPrGeneral own = style.getCTStyle().getPPr();
            if (own != null && own.isSetOutlineLvl()) {
                int value = own.getOutlineLvl().getVal().intValue();
                return value >= OUTLINE_BODY ? BODY : value + 1;
            }
            styleId = style.getBasisStyleID();
        }
        return BODY;
    }

    private static Integer outlineLevel(CTPPr properties) {
        if (properties == null || !properties.isSetOutlineLvl()) {
            return null;
        }
        int value = properties.getOutlineLvl().getVal().intValue();
        return value >= OUTLINE_BODY ? BODY : value + 1;
    }

    private static Integer levelOfName(String name) {
        if (name == null) {
            return null;
        }
        String folded = name.toLowerCase(Locale.ROOT).strip();
        Matcher heading = HEADING_STYLE.matcher(folded);
        if (heading.matches()) {
            return Integer.parseInt(heading.group(1));
        }
        return TITLE_STYLE.matcher(folded).matches() ? TITLE : null;
    }

    /**
     * The marker a list item gets in the stored text, or null for a paragraph that is no list item: "- " for a bullet
     * (and for kinds of numbering the app does not store, such as Roman numerals), "3. " for the third item of a
     * numbered list, "c. " for a lettered one. Counting follows Word: per list (its numbering id) and level, from the
     * list's start value.
     */
    String listMarker(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null || numId.signum() == 0) {
            return isBulletStyle(paragraph) ? "- " : null;
        }
        String format = paragraph.getNumFmt();
        if (format == null || !List.of("decimal", "lowerLetter", "upperLetter").contains(format)) {
            return "- ";
        }
        BigInteger level = paragraph.getNumIlvl() == null ? BigInteger.ZERO : paragraph.getNumIlvl();
        String key = numId + ":" + level;
        BigInteger start = paragraph.getNumStartOverride();
        int number = counters.merge(key, 1, Integer::sum) - 1 + (start == null ? 1 : start.intValue());
        return switch (format) {
            case "lowerLetter" -> letters(number) + ". ";
            case "upperLetter" -> letters(number).toUpperCase(Locale.ROOT) + ". ";
            default -> number + ". ";
        };
    }

    private boolean isBulletStyle(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return false;
        }
        XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
        String name = style != null && style.getName() != null ? style.getName() : styleId;
        return BULLET_STYLE.matcher(styleId.toLowerCase(Locale.ROOT)).matches()
                || BULLET_STYLE.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** 1 = a, 26 = z, 27 = aa, as Word letters its lists. */
    private static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = Math.max(1, number); n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
