package nl.ivbplanner.question;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The council's questions as pages list them: one statement per list, whatever the number of questions. */
@Repository
class QuestionQueries {

    private static final String ROWS = """
            select q.id, m.slug as municipality_slug, f.slug as framework_slug, p.year as plan_year,
                   p.title as plan_title, q.document, q.publication_number, q.question, q.asked_by_name, q.asked_at,
                   q.answer, q.answered_by_name, q.answered_at, q.version
            from council_question q
            join execution_plan p on p.id = q.plan_id
            join policy_framework f on f.id = p.framework_id
            join municipality m on m.id = q.municipality_id
            """;

    private final JdbcClient jdbc;

    QuestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan's questions in the order they were asked. */
    List<QuestionRow> ofPlan(long planId) {
        return jdbc.sql(ROWS + "where q.plan_id = ? order by q.asked_at, q.id")
                .param(planId)
                .query(QuestionRow.class)
                .list();
    }

    /** The municipality's questions: the open ones first, longest waiting on top; then the answered, newest first. */
    List<QuestionRow> ofMunicipality(long municipalityId) {
        return jdbc.sql(ROWS + """
                        where q.municipality_id = ?
                        order by q.answer is not null, case when q.answer is null then q.asked_at end,
                                 q.answered_at desc, q.id""")
                .param(municipalityId)
                .query(QuestionRow.class)
                .list();
    }

    Optional<QuestionRow> one(long id, long municipalityId) {
        return jdbc.sql(ROWS + "where q.id = ? and q.municipality_id = ?")
                .params(id, municipalityId)
                .query(QuestionRow.class)
                .optional();
    }

    /** The municipality's open questions, longest waiting first. */
    List<OpenQuestion> open(long municipalityId) {
        return jdbc.sql("""
                        select q.id, m.slug as municipality_slug, f.slug as framework_slug, p.year as plan_year,
                               p.title as plan_title, q.question, q.asked_by_name, q.asked_at
                        from council_question q
                        join execution_plan p on p.id = q.plan_id
                        join policy_framework f on f.id = p.framework_id
                        join municipality m on m.id = q.municipality_id
                        where q.municipality_id = ? and q.answer is null
                        order by q.asked_at, q.id""").param(municipalityId).query(OpenQuestion.class).list();
    }
}
