package nl.ivbplanner.narrative;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the texts page: one statement, whatever the number of sections. */
@Repository
class NarrativeQueries {

    private final JdbcClient jdbc;

    NarrativeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SectionRow> sections(long planId) {
        return jdbc.sql("""
                select s.id, s.level, s.heading,
                       left(regexp_replace(s.body, '\\s+', ' ', 'g'), :length) as excerpt,
                       t.code as theme_code, t.name as theme_name
                from narrative_section s left join theme t on t.id = s.theme_id
                where s.plan_id = :plan order by s.position, s.id""")
                .param("length", SectionRow.EXCERPT_LENGTH + 1)
                .param("plan", planId)
                .query(SectionRow.class)
                .list();
    }
}
