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

    List<SectionRow> sections(SectionOwner owner) {
        return jdbc.sql("""
                select s.id, s.level, s.heading,
                       left(regexp_replace(s.body, '\\s+', ' ', 'g'), :length) as excerpt,
                       t.code as theme_code, t.name as theme_name
                from narrative_section s left join theme t on t.id = s.theme_id
                where s.%s = :owner order by s.position, s.id""".formatted(owner.kind().column))
                .param("length", SectionRow.EXCERPT_LENGTH + 1)
                .param("owner", owner.id())
                .query(SectionRow.class)
                .list();
    }
}
