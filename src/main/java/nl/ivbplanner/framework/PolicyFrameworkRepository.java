package nl.ivbplanner.framework;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.support.TransactionSynchronizationManager;

public interface PolicyFrameworkRepository extends JpaRepository<PolicyFramework, Long> {

    @Query("""
            select new nl.ivbplanner.framework.FrameworkSummary(f.id, f.slug, f.title, f.kind, f.firstYear, f.lastYear,
                f.adoptedByCouncilOn, f.state)
            from PolicyFramework f where f.municipalityId = :municipalityId
            order by f.lastYear desc, f.title""")
    List<FrameworkSummary> findSummariesByMunicipalityId(Long municipalityId);

    Optional<PolicyFramework> findByMunicipalityIdAndSlug(Long municipalityId, String slug);

    boolean existsByMunicipalityIdAndSlug(long municipalityId, String slug);

    /**
     * {@link #findByMunicipalityIdAndSlug} for a change to the framework's themes: read with a lock, so concurrent
     * changes (two moves of neighbouring themes) take their row locks in one order, the framework first, and never
     * deadlock. A read-only transaction reads without lock.
     */
    default Optional<PolicyFramework> findByMunicipalityIdAndSlugForChanges(long municipalityId, String slug) {
        return TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? findByMunicipalityIdAndSlug(municipalityId, slug)
                : lockByMunicipalityIdAndSlug(municipalityId, slug);
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from PolicyFramework f where f.municipalityId = :municipalityId and f.slug = :slug")
    Optional<PolicyFramework> lockByMunicipalityIdAndSlug(long municipalityId, String slug);
}
