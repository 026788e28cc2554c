package nl.ivbplanner.planimport;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
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
    /** Word's list levels 0..8. */
    private static final int MAX_LEVELS = 9;

    private final XWPFStyles styles;
    private final XWPFNumbering numbering;
    private final Map<String, Integer> counters = new HashMap<>();
    /** Per numbering instance, the current number of each of its levels (0 = not yet used). */
    private final Map<BigInteger, int[]> headingCounters = new HashMap<>();

    DocumentText(XWPFStyles styles, XWPFNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
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

    /**
     * The number Word shows before a heading that is numbered automatically ('3.2' of '3.2 Zorg en veiligheid'), or
     * null: the number is no part of the typed text, but the user sees it and the plan's headings carry it, so it is
     * put before the text as Word shows it. The numbering comes from the paragraph or from its (heading) style.
     */
    String headingNumber(XWPFParagraph paragraph) {
        if (numbering == null) {
            return null;
        }
        CTNumPr numPr = numberingOf(paragraph);
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        XWPFNum num = numId.signum() == 0 ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum list =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (list == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[MAX_LEVELS];
        for (CTLvl level : list.getCTAbstractNum().getLvlArray()) {
            int index = level.getIlvl() == null ? 0 : level.getIlvl().intValue();
            if (index >= 0 && index < MAX_LEVELS) {
                levels[index] = level;
            }
        }
        int index = levelIndex(numPr, levels, paragraph.getStyleID());
        CTLvl level = levels[index];
        if (level == null || level.getLvlText() == null || level.getLvlText().getVal() == null) {
            return null;
        }
        int[] counts = headingCounters.computeIfAbsent(numId, k -> new int[MAX_LEVELS]);
        counts[index] = counts[index] == 0 ? start(level) : counts[index] + 1;
        for (int deeper = index + 1; deeper < MAX_LEVELS; deeper++) {
            counts[deeper] = 0;
        }
        Matcher placeholder =
                Pattern.compile("%([1-9])").matcher(level.getLvlText().getVal());
        StringBuilder label = new StringBuilder();
        while (placeholder.find()) {
            int of = Integer.parseInt(placeholder.group(1)) - 1;
            CTLvl shown = levels[of];
            int count = counts[of] == 0 && shown != null ? start(shown) : counts[of];
            String format = shown == null || shown.getNumFmt() == null
                    ? "decimal"
                    : shown.getNumFmt().getVal().toString();
            placeholder.appendReplacement(label, Matcher.quoteReplacement(formatted(count, format)));
        }
        placeholder.appendTail(label);
        String format = level.getNumFmt() == null
                ? "decimal"
                : level.getNumFmt().getVal().toString();
        String shown = label.toString().strip();
        return format.equals("bullet") || format.equals("none") || shown.isEmpty() ? null : shown;
    }

    /** The paragraph's own numbering, else its style's (or a style it is based on). */
    private CTNumPr numberingOf(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) {
            return own.getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrGeneral properties = style.getCTStyle().getPPr();
            if (properties != null && properties.getNumPr() != null) {
                return properties.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The list level: the numbering's own, else the level linked to the paragraph's style, else the first. */
    private static int levelIndex(CTNumPr numPr, CTLvl[] levels, String styleId) {
        if (numPr.getIlvl() != null && numPr.getIlvl().getVal() != null) {
            return Math.min(MAX_LEVELS - 1, Math.max(0, numPr.getIlvl().getVal().intValue()));
        }
        for (int index = 0; index < MAX_LEVELS; index++) {
            if (levels[index] != null
                    && levels[index].getPStyle() != null
                    && levels[index].getPStyle().getVal().equals(styleId)) {
                return index;
            }
        }
        return 0;
    }

    private static int start(CTLvl level) {
        return level.getStart() == null ? 1 : level.getStart().getVal().intValue();
    }

    private static String formatted(int number, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(number);
            case "upperLetter" -> letters(number).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(number).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(number);
            default -> Integer.toString(number);
        };
    }

    private static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int left = Math.max(1, number);
        for (int i = 0; i < values.length; i++) {
            while (left >= values[i]) {
                roman.append(symbols[i]);
                left -= values[i];
            }
        }
        return roman.toString();
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
