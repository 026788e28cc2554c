package nl.ivbplanner.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.support.TransactionSynchronizationManager;

public interface PolicyFrameworkRepository extends JpaRepository<PolicyFramework, Long> {

    @Query("""
            select new nl.ivbplanner.framework.FrameworkSummary(f.id, f.slug, f.title, f.kind, f.firstYear, f.lastYear,
                f.adoptedByCouncilOn)
            from PolicyFramework f where f.municipalityId = :municipalityId
            order by f.lastYear desc, f.title""")
    List<FrameworkSummary> findSummariesByMunicipalityId(Long municipalityId);

    Optional<PolicyFramework> findByMunicipalityIdAndSlug(Long municipalityId, String slug);

    /**
     * Before a change to a framework's themes its row is locked, so concurrent changes (two moves of neighbouring
     * themes) take their locks in one order and never deadlock. A read-only transaction locks nothing.
     */
    default void lockForChanges(long municipalityId, String slug) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            lockInMunicipality(municipalityId, slug);
        }
    }

    @Query(value = "select id from policy_framework where municipality_id = :municipalityId and slug = :slug for no key update",
            nativeQuery = true)
    List<Long> lockInMunicipality(long municipalityId, String slug);
}
