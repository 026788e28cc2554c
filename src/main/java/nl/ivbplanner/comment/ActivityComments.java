package nl.ivbplanner.comment;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The comments on activities (table activity_comment): only ever added to. */
@Repository
class ActivityComments {

    private final JdbcClient jdbc;

    ActivityComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The title of a plan's activity of the municipality; empty for another's or a framework's line. */
    Optional<String> activityTitle(long activityId, long municipalityId) {
        return jdbc.sql("""
                        select a.title from activity a join execution_plan p on p.id = a.plan_id
                        join policy_framework f on f.id = p.framework_id
                        where a.id = ? and f.municipality_id = ?""")
                .params(activityId, municipalityId)
                .query(String.class)
                .optional();
    }

    void add(long activityId, long authorId, String authorName, String body) {
        jdbc.sql("""
                        insert into activity_comment (activity_id, author_id, author_name, body, created_at)
                        values (?, ?, ?, ?, now())""").params(activityId, authorId, authorName, body).update();
    }
}
