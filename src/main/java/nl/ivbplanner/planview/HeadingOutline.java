package nl.ivbplanner.planview;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The heading level each narrative section gets on a page, so no level is skipped. Rijswijk's 'Wie hebben we daarvoor
 * nodig?' is stored as a sub-paragraph (level 3) straight under its chapter; it is an h3 there, not an h4 under an h2.
 */
@Component("outline")
public class HeadingOutline {

    /**
     * Heading levels (2 to 6) by section id, for sections that follow a heading of level {@code top - 1}: a section
     * sits one level below the nearest section before it with a lower stored level (its chapter or paragraph).
     */
    public Map<Long, Integer> levels(List<SectionRow> sections, int top) {
        Map<Long, Integer> levels = new HashMap<>();
        Outline outline = new Outline(top);
        for (SectionRow section : sections) {
            if (section.heading() != null) {
                levels.put(section.id(), outline.place(section.level()));
            }
        }
        return levels;
    }

    /** The open chapters and paragraphs above the next heading: their stored and their shown levels. */
    public static final class Outline {

        private final int top;
        private final Deque<int[]> open = new ArrayDeque<>();

        public Outline(int top) {
            this.top = top;
        }

        /** The shown level of a heading with the stored level, which then holds the headings below it. */
        public int place(int storedLevel) {
            while (!open.isEmpty() && open.peek()[0] >= storedLevel) {
                open.pop();
            }
            int level = Math.min(open.isEmpty() ? top : open.peek()[1] + 1, 6);
            open.push(new int[] {storedLevel, level});
            return level;
        }

        /** The shown level of the innermost open heading, or {@code top - 1} when none is open. */
        public int current() {
            return open.isEmpty() ? top - 1 : open.peek()[1];
        }

        /** Closes everything: a heading of the report's own, at {@code top}, begins afresh. */
        public void reset() {
            open.clear();
        }
    }
}
