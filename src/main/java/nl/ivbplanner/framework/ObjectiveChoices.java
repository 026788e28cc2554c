package nl.ivbplanner.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The objectives an activity or KPI of a plan may answer to: the plan's own and its framework's, each of its own theme.
 * One statement for the form, and the same list decides whether a chosen objective fits.
 */
@Repository
public class ObjectiveChoices {

    private final JdbcClient jdbc;

    ObjectiveChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The plan's and the framework's objectives in tree order of their themes, then in their own order; a sub-theme
     * is labelled with its main theme, since sub-themes of different main themes share letters ('A. Drugshandel').
     */
    public List<ObjectiveOption> forPlan(long planId, long frameworkId) {
        return jdbc.sql("""
                select o.id, t.id as theme_id,
                       case when main.id is null then concat_ws('. ', t.code, t.name)
                            else concat_ws('. ', main.code, main.name) || ' – ' || concat_ws('. ', t.code, t.name)
                       end as theme_label, o.number, o.text
                from objective o join theme t on t.id = o.theme_id join theme_tree tree on tree.id = t.id
                left join theme main on main.id = t.parent_id
                where t.framework_id = :framework and (o.plan_id = :plan or o.plan_id is null)
                order by tree.sort_key, o.position, o.id""")
                .param("framework", frameworkId).param("plan", planId)
                .query(ObjectiveOption.class).list();
    }

    /**
     * Whether the objective may be chosen for something under the theme: it belongs to the plan or to its framework,
     * and to that very theme. Empty when it fits, else the message key that says why not.
     */
    public static Optional<String> problem(List<ObjectiveOption> options, long objectiveId, Long themeId) {
        Optional<ObjectiveOption> chosen = options.stream().filter(o -> o.id() == objectiveId).findFirst();
        if (chosen.isEmpty()) {
            return Optional.of("objective.choice.unknown");
        }
        if (themeId == null) {
            return Optional.of("objective.choice.no-theme");
        }
        if (chosen.get().themeId() != themeId) {
            return Optional.of("objective.choice.other-theme");
        }
        return Optional.empty();
    }
}
