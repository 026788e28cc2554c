package nl.ivbplanner.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyFrameworkRepository extends JpaRepository<PolicyFramework, Long> {

    @Query("""
            select new nl.ivbplanner.framework.FrameworkSummary(f.id, f.slug, f.title, f.kind, f.firstYear, f.lastYear,
                f.adoptedByCouncilOn)
            from PolicyFramework f where f.municipalityId = :municipalityId
            order by f.lastYear desc, f.title""")
    List<FrameworkSummary> findSummariesByMunicipalityId(Long municipalityId);

    Optional<PolicyFramework> findByMunicipalityIdAndSlug(Long municipalityId, String slug);
}
