package nl.ivbplanner.planimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seeded plan as the Word document a municipality would have: the title, the plan's narrative chapters without a
 * theme, then per main theme (framework order) a heading, the activity tables of it and of its sub themes under their
 * own headings, and after them the chapters that belong to those themes. Tables have the columns Activiteit, Doel,
 * Partijen, Beoogd resultaat and Planning, plus Omschrijving and Status when the plan has any such text; Partijen lists
 * each activity's partners as its document spelled them (a bullet list, each wording once), a role other than taking
 * part in brackets as the app's export writes it ('Politie (trekker)').
 */
final class SeedPlanDocuments {

    static final List<String> COLUMNS = List.of("Activiteit", "Doel", "Partijen", "Beoogd resultaat", "Planning");

    record Theme(long id, Long parentId, String code, String name) {

        /** The heading a document gives the theme: its code as written before its name ('5.1 a Overlast, ...'). */
        String heading() {
            return code == null ? name : code + " " + name;
        }
    }

    record Activity(
            long id,
            long themeId,
            String title,
            String description,
            String goal,
            String intendedResult,
            String planning,
            String status,
            List<String> partners) {}

    record Section(long themeIdOrZero, int level, String heading, String body) {}

    /** What the generator read from the database and wrote: the plan, and its document. */
    record Plan(
            long id,
            String title,
            Map<Long, Theme> themes,
            List<Activity> activities,
            List<Section> sections,
            byte[] docx) {

        Theme theme(long id) {
            return themes.get(id);
        }

        /**
         * The sections as the document has them: those without a theme first, then each main theme's (its sub themes'
         * included); a section without heading after the first joins the chapter before it, as more paragraphs.
         */
        List<Section> chapters() {
            List<Section> ordered = new ArrayList<>(
                    sections.stream().filter(s -> s.themeIdOrZero() == 0).toList());
            for (Theme main : themes.values()) {
                if (main.parentId() == null) {
                    ordered.addAll(sections.stream()
                            .filter(s -> s.themeIdOrZero() == main.id()
                                    || Objects.equals(
                                            theme(s.themeIdOrZero()) == null
                                                    ? null
                                                    : theme(s.themeIdOrZero()).parentId(),
                                            main.id()))
                            .toList());
                }
            }
            List<Section> chapters = new ArrayList<>();
            for (Section section : ordered) {
                if (section.heading() == null && !chapters.isEmpty()) {
                    Section before = chapters.remove(chapters.size() - 1);
                    chapters.add(new Section(
                            before.themeIdOrZero(),
                            before.level(),
                            before.heading(),
                            before.body() + "\n\n" + section.body()));
                } else {
                    chapters.add(section);
                }
            }
            return chapters;
        }
    }

    private SeedPlanDocuments() {}

    static List<Long> planIds(JdbcClient jdbc) {
        return jdbc.sql("select id from execution_plan order by id")
                .query(Long.class)
                .list();
    }

    /** Frameworks with lines or chapters of their own (Westland and Leidschendam-Voorburg have no yearly plan). */
    static List<Long> frameworkIds(JdbcClient jdbc) {
        return jdbc.sql("""
                        select f.id from policy_framework f
                        where exists (select 1 from activity a where a.framework_id = f.id)
                           or exists (select 1 from narrative_section s where s.framework_id = f.id)
                        order by f.id""").query(Long.class).list();
    }

    static Plan write(JdbcClient jdbc, long planId) {
        return write(jdbc, "execution_plan", "plan_id", planId);
    }

    /** A framework's multi-year lines and chapters, written the same way as a plan's activities and chapters. */
    static Plan writeFramework(JdbcClient jdbc, long frameworkId) {
        return write(jdbc, "policy_framework", "framework_id", frameworkId);
    }

    private static Plan write(JdbcClient jdbc, String table, String owner, long planId) {
        String title = jdbc.sql("select title from " + table + " where id = ?")
                .param(planId)
                .query(String.class)
                .single();
        String frameworkOf =
                table.equals("policy_framework") ? "?" : "(select framework_id from execution_plan where id = ?)";
        Map<Long, Theme> themes = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.id, t.parent_id, t.code, t.name from theme t join theme_tree tt on tt.id = t.id
                        where t.framework_id = %s
                        order by tt.sort_key""".formatted(frameworkOf))
                .param(planId)
                .query((rs, n) -> new Theme(
                        rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("code"), rs.getString("name")))
                .list()
                .forEach(theme -> themes.put(theme.id(), theme));
        Map<Long, List<String>> partners = new LinkedHashMap<>();
        jdbc.sql("""
                        select ap.activity_id,
                               coalesce(ap.wording, p.name)
                               || case when ap.role = 'BETROKKEN' then '' else ' (' || lower(ap.role) || ')' end
                        from activity_partner ap join activity a on a.id = ap.activity_id
                        join partner p on p.id = ap.partner_id
                        where a.%s = ? order by ap.activity_id, ap.position, ap.id""".formatted(owner))
                .param(planId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(link -> partners.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
                        .add(link.getValue()));
        List<Activity> activities = jdbc.sql("""
                        select a.id, a.theme_id, a.title, a.description, a.goal, a.intended_result, a.planning,
                               a.status_note
                        from activity a join theme_tree tt on tt.id = a.theme_id
                        where a.%s = ? order by tt.sort_key, a.position, a.id""".formatted(owner))
                .param(planId)
                .query((rs, n) -> new Activity(
                        rs.getLong("id"),
                        rs.getLong("theme_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("goal"),
                        rs.getString("intended_result"),
                        rs.getString("planning"),
                        rs.getString("status_note"),
                        List.copyOf(new LinkedHashSet<>(partners.getOrDefault(rs.getLong("id"), List.of())))))
                .list();
        List<Section> sections = jdbc.sql("""
                        select coalesce(theme_id, 0), level, heading, body from narrative_section
                        where %s = ? order by position, id""".formatted(owner))
                .param(planId)
                .query((rs, n) -> new Section(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
        return new Plan(planId, title, themes, activities, sections, docx(title, themes, activities, sections));
    }

    private static byte[] docx(
            String title, Map<Long, Theme> themes, List<Activity> activities, List<Section> sections) {
        List<String> columns = new ArrayList<>(COLUMNS);
        boolean descriptions = activities.stream().anyMatch(a -> a.description() != null);
        boolean statuses = activities.stream().anyMatch(a -> a.status() != null);
        if (descriptions) {
            columns.add(1, "Omschrijving");
        }
        if (statuses) {
            columns.add("Status");
        }
        try (DocxWriter writer = new DocxWriter("Heading")) {
            writer.title(title);
            for (Section section : sections) {
                if (section.themeIdOrZero() == 0) {
                    section(writer, section);
                }
            }
            for (Theme main : themes.values()) {
                if (main.parentId() != null) {
                    continue;
                }
                List<Theme> family = themes.values().stream()
                        .filter(t -> t.id() == main.id() || Objects.equals(t.parentId(), main.id()))
                        .toList();
                List<Long> ids = family.stream().map(Theme::id).toList();
                boolean hasActivities = activities.stream().anyMatch(a -> ids.contains(a.themeId()));
                List<Section> own = sections.stream()
                        .filter(s -> ids.contains(s.themeIdOrZero()))
                        .toList();
                if (!hasActivities && own.isEmpty()) {
                    continue;
                }
                if (hasActivities) {
                    writer.heading(1, main.heading());
                    for (Theme theme : family) {
                        List<Activity> rows = activities.stream()
                                .filter(a -> a.themeId() == theme.id())
                                .toList();
                        if (rows.isEmpty()) {
                            continue;
                        }
                        if (theme != main) {
                            writer.heading(2, theme.heading());
                        }
                        writer.table(columns, rows.stream().map(row(columns)).toList());
                    }
                }
                own.forEach(section -> section(writer, section));
            }
            return writer.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(DocxWriter writer, Section section) {
        if (section.heading() != null) {
            writer.heading(section.level(), section.heading());
        }
        writer.body(section.body());
    }

    private static Function<Activity, List<String>> row(List<String> columns) {
        return activity -> columns.stream()
                .map(column -> switch (column) {
                    case "Activiteit" -> activity.title();
                    case "Omschrijving" -> activity.description();
                    case "Doel" -> activity.goal();
                    case "Partijen" ->
                        activity.partners().isEmpty()
                                ? null
                                : String.join(
                                        "\n",
                                        activity.partners().stream()
                                                .map(partner -> "- " + partner)
                                                .toList());
                    case "Beoogd resultaat" -> activity.intendedResult();
                    case "Planning" -> activity.planning();
                    case "Status" -> activity.status();
                    default -> throw new IllegalArgumentException(column);
                })
                .toList();
    }
}
