package nl.ivbplanner.plan;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.support.TransactionSynchronizationManager;

public interface ExecutionPlanRepository extends JpaRepository<ExecutionPlan, Long> {

    @Query("""
            select p from ExecutionPlan p where p.year = :year and p.frameworkId =
                (select f.id from PolicyFramework f where f.municipalityId = :municipalityId and f.slug = :frameworkSlug)""")
    Optional<ExecutionPlan> findInMunicipality(long municipalityId, String frameworkSlug, int year);

    /**
     * {@link #findInMunicipality} for a change to the plan or its parts: the row is read with a lock (until the
     * transaction ends), so that changes to one plan take their row locks in one order, the plan first, and never
     * deadlock (two swaps of the same rows in opposite order did), and the state the change is checked against is the
     * one after any change that committed meanwhile. A read-only transaction (a form being shown) reads without lock.
     */
    default Optional<ExecutionPlan> findInMunicipalityForChanges(long municipalityId, String frameworkSlug, int year) {
        return TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? findInMunicipality(municipalityId, frameworkSlug, year)
                : lockInMunicipality(municipalityId, frameworkSlug, year);
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select p from ExecutionPlan p where p.year = :year and p.frameworkId =
                (select f.id from PolicyFramework f where f.municipalityId = :municipalityId and f.slug = :frameworkSlug)""")
    Optional<ExecutionPlan> lockInMunicipality(long municipalityId, String frameworkSlug, int year);

    boolean existsByFrameworkIdAndYear(long frameworkId, int year);

    /** The latest plan before a year: the one whose unfinished work continues. */
    Optional<ExecutionPlan> findFirstByFrameworkIdAndYearLessThanOrderByYearDesc(long frameworkId, int year);

    /** The latest adopted plan before a year: a later plan cannot have been adopted before it. */
    Optional<ExecutionPlan> findFirstByFrameworkIdAndYearLessThanAndAdoptedOnNotNullOrderByYearDesc(
            long frameworkId, int year);

    /** Whether the framework is still a concept: the council has not adopted the framework its plans carry out. */
    @Query(value = "select state = 'CONCEPT' from policy_framework where id = :frameworkId", nativeQuery = true)
    boolean frameworkIsConcept(long frameworkId);

    /** The plans of the given frameworks in the given states, with their number of activities. */
    @Query("""
            select new nl.ivbplanner.plan.PlanSummary(p.id, p.frameworkId, p.year, p.title, p.state, p.adoptedOn,
                (select count(a) from Activity a where a.plan = p))
            from ExecutionPlan p
            where p.frameworkId in :frameworkIds and p.state in :states
            order by p.year desc""")
    List<PlanSummary> findSummaries(Collection<Long> frameworkIds, Collection<PlanState> states);
}
