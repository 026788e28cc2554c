package nl.ivbplanner.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Splits stored plain text into paragraphs and lists for display: paragraphs are separated by an empty line,
 * list items are lines starting with "- ". Templates render the pieces with th:text, so no stored text is ever
 * interpreted as HTML. Templates call it as {@code @textBlocks.of(text)}.
 */
@Component("textBlocks")
public class TextBlocks {

    public List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String chunk : text.strip().split("\\n\\s*\\n")) {
            List<String> paragraph = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : chunk.split("\\n")) {
                if (line.startsWith("- ")) {
                    flushParagraph(blocks, paragraph);
                    items.add(line.substring(2).strip());
                } else {
                    flushList(blocks, items);
                    paragraph.add(line.strip());
                }
            }
            flushParagraph(blocks, paragraph);
            flushList(blocks, items);
        }
        return blocks;
    }

    private static void flushParagraph(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(false, List.of(String.join(" ", lines))));
            lines.clear();
        }
    }

    private static void flushList(List<Block> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block(true, List.copyOf(items)));
            items.clear();
        }
    }

    /** A paragraph (one line of text) or a bulleted list (its items). */
    public record Block(boolean list, List<String> lines) {
    }
}
