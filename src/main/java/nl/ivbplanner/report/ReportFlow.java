package nl.ivbplanner.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.planview.HeadingOutline;
import nl.ivbplanner.planview.PlanView;
import nl.ivbplanner.planview.SectionRow;
import nl.ivbplanner.planview.ThemeRow;

/**
 * A plan's narrative sections and theme tables in the order of the printed document, with the heading level each
 * gets. The sections keep their positions; a theme's table stands where the document prints it:
 *
 * <ul>
 *   <li>after the last of its theme's sections of the theme's highest level ('2. Zorg en Veiligheid' in Rijswijk,
 *       'Spoor 1: Bewustwording &amp; weerbaarheid' of the 2026 part of Wassenaar's ondermijningsaanpak);
 *   <li>before its theme's sections headed 'Extra activiteit', which the document prints below the table;
 *   <li>a theme without sections of its own: after the theme before it in the framework's order (Wassenaar 2025:
 *       Zorg en veiligheid after Buurt en veiligheid and its extra activities), else at the end of the body.
 * </ul>
 *
 * Annexes ('Bijlage …' chapters with their paragraphs) come last, whatever theme they belong to.
 */
record ReportFlow(List<Part> body, List<Part> annexes) {

    private static final String ANNEX = "Bijlage";
    private static final String EXTRA = "Extra activiteit";

    /** One piece of the flow; {@code level} is the HTML heading level (2 to 6) of its heading. */
    sealed interface Part permits Text, Themes, Heading {
        int level();

        default boolean text() {
            return this instanceof Text;
        }

        default boolean themes() {
            return this instanceof Themes;
        }

        default boolean heading() {
            return this instanceof Heading;
        }
    }

    /** A narrative section. */
    record Text(SectionRow section, int level) implements Part {}

    /**
     * A main theme's table of activities, of plan {@code planId}, laid out as {@code mode}: 'plan' (intended result
     * and planning), 'evaluation' (result and verdict) or 'progress' (the interim status).
     */
    record Themes(PlanView.ThemeTable table, long planId, String mode, Columns columns, int level) implements Part {

        /** Unique also in a report of two plans, which share their framework's themes. */
        public String anchor() {
            return "thema-" + planId + "-" + table.theme().id();
        }
    }

    /**
     * Which of the optional columns have text in at least one row of the table: a column empty in every row is left
     * out, so a plan that never fills in 'planning' does not print an empty column on every page (Rijswijk 2026 went
     * from 61 pages to far fewer).
     */
    record Columns(boolean goal, boolean partners, boolean intendedResult, boolean planning, boolean result) {

        static Columns of(PlanView.ThemeTable table) {
            List<PlanView.Row> rows = table.rows();
            return new Columns(
                    // a goal that only points to the objective row above it ('Zie doel 1 hierboven') is no goal of its
                    // own
                    rows.stream().anyMatch(r -> present(r.activity().goal())),
                    rows.stream().anyMatch(r -> !r.partners().isEmpty()),
                    rows.stream().anyMatch(r -> present(r.activity().intendedResult())),
                    rows.stream().anyMatch(r -> present(r.activity().planning())),
                    rows.stream().anyMatch(r -> present(r.activity().resultText())));
        }

        /** How many columns a row has in the given mode, for the objective rows that span them all. */
        public int count(String mode) {
            int count = 1 + (goal ? 1 : 0) + (partners ? 1 : 0);
            if ("evaluation".equals(mode)) {
                return count + (result ? 1 : 0) + 1;
            }
            if ("progress".equals(mode)) {
                return count + 1;
            }
            return count + (intendedResult ? 1 : 0) + (planning ? 1 : 0);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }

    /**
     * A heading the report adds itself, such as where a plan begins in a combined report: the text is the message
     * {@code key} with the plan's title.
     */
    record Heading(String anchor, String key, String title, int level) implements Part {}

    static ReportFlow of(
            long planId,
            String mode,
            List<SectionRow> sections,
            List<ThemeRow> themes,
            List<PlanView.ThemeTable> tables) {
        Map<Long, ThemeRow> byId = themes.stream().collect(Collectors.toMap(ThemeRow::id, Function.identity()));
        List<SectionRow> body = new ArrayList<>();
        List<SectionRow> annexes = new ArrayList<>();
        boolean inAnnex = false;
        for (SectionRow s : sections) {
            if (s.level() <= 1 && s.heading() != null) {
                inAnnex = s.heading().startsWith(ANNEX);
            }
            (inAnnex ? annexes : body).add(s);
        }
        Map<Long, PlanView.ThemeTable> tableByTheme = new LinkedHashMap<>();
        tables.forEach(t -> tableByTheme.put(t.theme().id(), t));

        // where each table goes: after an anchor section, or before its theme's first (extra) section
        Map<Long, Long> after = new HashMap<>();
        Map<Long, Long> before = new HashMap<>();
        for (PlanView.ThemeTable table : tables) {
            long themeId = table.theme().id();
            List<SectionRow> own = body.stream()
                    .filter(s -> s.themeId() != null && mainOf(s.themeId(), byId) == themeId)
                    .toList();
            List<SectionRow> anchors = own.stream().filter(s -> !isExtra(s)).toList();
            if (!anchors.isEmpty()) {
                int top = anchors.stream().mapToInt(SectionRow::level).min().orElseThrow();
                SectionRow anchor = anchors.stream()
                        .filter(s -> s.level() == top)
                        .reduce((a, b) -> b)
                        .orElseThrow();
                after.put(anchor.id(), themeId);
            } else if (!own.isEmpty()) {
                before.put(own.get(0).id(), themeId);
            }
        }
        List<Object> items = new ArrayList<>();
        for (SectionRow s : body) {
            if (before.containsKey(s.id())) {
                items.add(tableByTheme.get(before.get(s.id())));
            }
            items.add(s);
            if (after.containsKey(s.id())) {
                items.add(tableByTheme.get(after.get(s.id())));
            }
        }
        // tables whose theme has no section: after the one before it in the framework's order
        List<PlanView.ThemeTable> ordered = new ArrayList<>(tables);
        for (int i = 0; i < ordered.size(); i++) {
            PlanView.ThemeTable table = ordered.get(i);
            if (items.contains(table)) {
                continue;
            }
            int at = items.size();
            for (int j = i - 1; j >= 0; j--) {
                int last = lastOf(items, ordered.get(j).theme().id(), byId);
                if (last >= 0) {
                    at = last + 1;
                    break;
                }
            }
            items.add(at, table);
        }
        return new ReportFlow(parts(items, planId, mode), parts(new ArrayList<>(annexes), planId, mode));
    }

    /**
     * The flow with its headings from level {@code top} down: a section one level below the nearest section before
     * it with a lower stored level, a theme table one level below the chapter it stands in (or at {@code top}), so
     * no level is ever skipped.
     */
    ReportFlow withLevels(int top) {
        HeadingOutline.Outline outline = new HeadingOutline.Outline(top);
        int[] chapter = {top - 1};
        List<Part> levelledBody = levels(body, top, outline, chapter);
        List<Part> levelledAnnexes = levels(annexes, top, outline, chapter);
        return new ReportFlow(levelledBody, levelledAnnexes);
    }

    /** Both parts in reading order, for the table of contents. */
    List<Part> all() {
        List<Part> all = new ArrayList<>(body);
        all.addAll(annexes);
        return all;
    }

    /**
     * The evaluation of one year and the plan of the next as one document, as Wassenaar prints them: the next plan's
     * introduction (its sections before the chapter that leads to its first theme table) first, then the evaluation
     * (deel 1), then the rest of the next plan (deel 2), the annexes of both last. A plan without a chapter heading
     * of its own gets one, so the reader sees where each part begins.
     */
    static ReportFlow combined(PlanReport evaluation, PlanReport next) {
        List<Part> body = new ArrayList<>();
        List<Part> rest = new ArrayList<>();
        if (next != null) {
            List<Part> nextBody = next.flow().body();
            int firstTable = 0;
            while (firstTable < nextBody.size() && !nextBody.get(firstTable).themes()) {
                firstTable++;
            }
            int split = 0;
            for (int i = 0; i < firstTable; i++) {
                if (nextBody.get(i) instanceof Text t
                        && t.section().level() <= 1
                        && t.section().heading() != null) {
                    split = i;
                }
            }
            body.addAll(nextBody.subList(0, split));
            rest.addAll(partHeading(next, "report.part.plan"));
            rest.addAll(nextBody.subList(split, nextBody.size()));
        }
        body.addAll(partHeading(evaluation, "report.part.evaluation"));
        body.addAll(evaluation.flow().body());
        body.addAll(rest);
        List<Part> annexes = new ArrayList<>(evaluation.flow().annexes());
        if (next != null) {
            annexes.addAll(next.flow().annexes());
        }
        return new ReportFlow(body, annexes);
    }

    private static List<Part> partHeading(PlanReport report, String key) {
        boolean hasChapter = report.flow().body().stream()
                .anyMatch(p -> p instanceof Text t
                        && t.section().themeId() == null
                        && t.section().level() <= 1
                        && t.section().heading() != null);
        return hasChapter
                ? List.of()
                : List.of(new Heading(
                        "deel-" + report.header().planId(), key, report.header().title(), 2));
    }

    private static List<Part> levels(List<Part> parts, int top, HeadingOutline.Outline outline, int[] chapter) {
        List<Part> result = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Text t) {
                if (t.section().heading() == null) {
                    result.add(part);
                    continue;
                }
                int level = outline.place(t.section().level());
                if (t.section().level() <= 1) {
                    chapter[0] = level;
                }
                result.add(new Text(t.section(), level));
            } else if (part instanceof Themes t) {
                result.add(new Themes(t.table(), t.planId(), t.mode(), t.columns(), Math.min(chapter[0] + 1, 6)));
            } else {
                Heading h = (Heading) part;
                outline.reset();
                outline.place(0);
                chapter[0] = top;
                result.add(new Heading(h.anchor(), h.key(), h.title(), top));
            }
        }
        return result;
    }

    private static List<Part> parts(List<?> items, long planId, String mode) {
        return items.stream()
                .map(item -> {
                    if (item instanceof SectionRow s) {
                        return (Part) new Text(s, 0);
                    }
                    PlanView.ThemeTable table = (PlanView.ThemeTable) item;
                    return new Themes(table, planId, mode, Columns.of(table), 0);
                })
                .toList();
    }

    private static int lastOf(List<Object> items, long mainThemeId, Map<Long, ThemeRow> byId) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Object item = items.get(i);
            if (item instanceof PlanView.ThemeTable t && t.theme().id() == mainThemeId) {
                return i;
            }
            if (item instanceof SectionRow s && s.themeId() != null && mainOf(s.themeId(), byId) == mainThemeId) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isExtra(SectionRow s) {
        return s.heading() != null && s.heading().startsWith(EXTRA);
    }

    private static long mainOf(long themeId, Map<Long, ThemeRow> byId) {
        ThemeRow theme = byId.get(themeId);
        while (theme != null && theme.parentId() != null) {
            theme = byId.get(theme.parentId());
        }
        return theme == null ? themeId : theme.id();
    }
}
