package nl.ivbplanner.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /**
     * Before a change to an activity or its partners, its plan's row is locked (until the transaction ends), on its
     * own and before the activity is read: changes to one plan then take their row locks in one order, the plan
     * first, and never deadlock (two swaps of the same activities in opposite order did), and the activity read
     * after it is as the last committed change left it.
     */
    @Query(value = """
            select p.id from execution_plan p join activity a on a.plan_id = p.id where a.id = :activityId
            for no key update of p""", nativeQuery = true)
    List<Long> lockPlanOf(long activityId);

    /** Whether another plan's activities continue this plan's: a plan carried over from it, or started from it. */
    @Query("""
            select count(a) > 0 from Activity a, Activity source
            where a.carriedOverFromId = source.id and source.plan.id = :planId and a.plan.id <> :planId""")
    boolean isContinuedElsewhere(long planId);

    /** The activity with its plan, if it belongs to the municipality: one query for the edit page. */
    @Query("""
            select a from Activity a join fetch a.plan p
            where a.id = :id and p.frameworkId in
                (select f.id from PolicyFramework f where f.municipalityId = :municipalityId)""")
    Optional<Activity> findInMunicipality(long id, long municipalityId);

    /**
     * What continues into next year: every activity of the plan whose year-end verdict is neither done (green)
     * nor dropped (red); yellow and not yet evaluated ones.
     */
    @Query("""
            select a from Activity a where a.plan.id = :planId and not exists (
                select 1 from Evaluation e where e.activity = a and e.moment = 'YEAR_END' and e.status in ('GREEN', 'RED'))
            order by a.position, a.id""")
    List<Activity> findUnfinished(long planId);

    /**
     * The activities listed together with this one on the plan page, in their order there: same plan, same theme and
     * same objective (the page groups a theme's activities under their objectives), then by position.
     */
    @Query("""
            select a from Activity a, Activity me
            where me.id = :id and a.plan = me.plan and a.themeId = me.themeId
              and (a.objectiveId = me.objectiveId or (a.objectiveId is null and me.objectiveId is null))
            order by a.position, a.id""")
    List<Activity> findSiblings(long id);

    @Query("""
            select count(a) from Activity a where a.plan.id = :planId and not exists (
                select 1 from Evaluation e where e.activity = a and e.moment = 'YEAR_END' and e.status <> 'NOT_EVALUATED')""")
    long countWithoutYearEndVerdict(long planId);

    @Query("select a from Activity a where a.plan.id = :planId")
    List<Activity> findByPlanId(long planId);

    @Query("select coalesce(max(a.position) + 1, 0) from Activity a where a.plan.id = :planId")
    int nextPosition(long planId);

    @Query("select a from Activity a where a.frameworkId = :frameworkId and a.plan is null order by a.position, a.id")
    List<Activity> findFrameworkLines(long frameworkId);

    /** Which of these objectives are framework-level goals (and so exist beyond one plan). */
    @Query("select o.id from Objective o where o.id in :ids and o.planId is null")
    Set<Long> findFrameworkObjectives(Collection<Long> ids);
}
