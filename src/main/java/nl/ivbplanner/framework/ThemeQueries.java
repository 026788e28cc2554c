package nl.ivbplanner.framework;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of the theme editor: the list in one statement, and what still uses a theme in one statement. */
@Repository
class ThemeQueries {

    private final JdbcClient jdbc;

    ThemeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ThemeListRow> themes(long frameworkId) {
        return jdbc.sql("""
                select t.id, t.parent_id, t.code, t.name, t.kind, t.kernbeleid_field
                from theme t join theme_tree tree on tree.id = t.id
                where t.framework_id = ? order by tree.sort_key""").param(frameworkId).query(ThemeListRow.class).list();
    }

    /** Counts every row that refers to the theme, whichever plan or framework it belongs to. */
    ThemeUsage usage(long themeId) {
        return jdbc.sql("""
                select (select count(*) from activity where theme_id = :id) as activities,
                       (select count(*) from kpi where theme_id = :id) as kpis,
                       (select count(*) from budget_line where theme_id = :id) as budget_lines,
                       (select count(*) from objective where theme_id = :id) as objectives,
                       (select count(*) from narrative_section where theme_id = :id) as sections,
                       (select count(*) from theme where parent_id = :id) as sub_themes""").param("id", themeId).query(ThemeUsage.class).single();
    }
}
