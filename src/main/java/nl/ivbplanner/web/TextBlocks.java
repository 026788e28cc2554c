package nl.ivbplanner.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Splits stored plain text into paragraphs and lists for display, as the documents print them:
 * <ul>
 * <li>paragraphs are separated by an empty line; lines of one paragraph are joined;</li>
 * <li>lines starting with "- " are a bulleted list;</li>
 * <li>lines starting with a number and a full stop ("1. ", "12. ") are a numbered list that keeps the printed
 * numbers (documents repeat or skip numbers: Rijswijk's KPI headings run 1, 2, ... per chapter);</li>
 * <li>lines starting with "a. " (and then "b. ", "c. ", ...) are a lettered list;</li>
 * <li>"- " lines right under a numbered or lettered item are that item's own bulleted list (Leidschendam-Voorburg's
 * annex: "a. Waar nodig samenwerken ... over:" followed by its bullets).</li>
 * </ul>
 * Templates render the pieces with th:text, so no stored text is ever interpreted as HTML. Templates call it as
 * {@code @textBlocks.of(text)}.
 */
@Component("textBlocks")
public class TextBlocks {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.\\s+(\\S.*)");
    private static final Pattern LETTERED = Pattern.compile("([a-z])\\.\\s+(\\S.*)");

    public List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String chunk : text.strip().split("\\n\\s*\\n")) {
            Builder current = null;
            for (String raw : chunk.split("\\n")) {
                String line = raw.strip();
                Kind kind = kindOf(line, current);
                if (kind == Kind.BULLETS && current != null && current.kind.ordered() && !current.items.isEmpty()) {
                    current.lastItem().subItems.add(line.substring(2).strip());
                    continue;
                }
                if (current == null || current.kind != kind) {
                    current = flush(blocks, current, kind);
                }
                current.add(line);
            }
            flush(blocks, current, null);
        }
        return blocks;
    }

    private static Kind kindOf(String line, Builder current) {
        if (line.startsWith("- ")) {
            return Kind.BULLETS;
        }
        if (NUMBERED.matcher(line).matches()) {
            return Kind.NUMBERED;
        }
        Matcher letter = LETTERED.matcher(line);
        // a lettered list starts at 'a'; a later letter only continues one: a sentence starting "o. a." is prose
        if (letter.matches() && (letter.group(1).equals("a") || current != null && current.kind == Kind.LETTERED)) {
            return Kind.LETTERED;
        }
        return Kind.PARAGRAPH;
    }

    private static Builder flush(List<Block> blocks, Builder done, Kind next) {
        if (done != null) {
            blocks.add(done.build());
        }
        return next == null ? null : new Builder(next);
    }

    /** What a block is; the template picks the element by it. */
    public enum Kind {
        PARAGRAPH,
        BULLETS,
        NUMBERED,
        LETTERED;

        boolean ordered() {
            return this == NUMBERED || this == LETTERED;
        }
    }

    /**
     * A paragraph (one item: its text), a bulleted list, or an ordered list whose items carry their printed number
     * (a letter counts a = 1, b = 2, ...) and may have bullets of their own.
     */
    public record Block(Kind kind, List<Item> items) {

        public boolean paragraph() {
            return kind == Kind.PARAGRAPH;
        }

        public boolean bullets() {
            return kind == Kind.BULLETS;
        }

        public boolean numbered() {
            return kind == Kind.NUMBERED;
        }

        public boolean lettered() {
            return kind == Kind.LETTERED;
        }

        /** The paragraph's text. */
        public String text() {
            return items.get(0).text();
        }
    }

    public record Item(int number, String text, List<String> subItems) {}

    private static final class Builder {

        private final Kind kind;
        private final List<MutableItem> items = new ArrayList<>();
        private final List<String> paragraphLines = new ArrayList<>();

        Builder(Kind kind) {
            this.kind = kind;
        }

        void add(String line) {
            switch (kind) {
                case PARAGRAPH -> paragraphLines.add(line);
                case BULLETS -> items.add(new MutableItem(0, line.substring(2).strip()));
                case NUMBERED -> {
                    Matcher m = NUMBERED.matcher(line);
                    m.matches();
                    items.add(new MutableItem(Integer.parseInt(m.group(1)), m.group(2)));
                }
                case LETTERED -> {
                    Matcher m = LETTERED.matcher(line);
                    m.matches();
                    items.add(new MutableItem(m.group(1).charAt(0) - 'a' + 1, m.group(2)));
                }
            }
        }

        MutableItem lastItem() {
            return items.get(items.size() - 1);
        }

        Block build() {
            if (kind == Kind.PARAGRAPH) {
                return new Block(kind, List.of(new Item(0, String.join(" ", paragraphLines), List.of())));
            }
            return new Block(
                    kind,
                    items.stream()
                            .map(i -> new Item(i.number, i.text, List.copyOf(i.subItems)))
                            .toList());
        }
    }

    private static final class MutableItem {

        private final int number;
        private final String text;
        private final List<String> subItems = new ArrayList<>();

        MutableItem(int number, String text) {
            this.number = number;
            this.text = text;
        }
    }
}
