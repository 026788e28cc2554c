package nl.ivbplanner.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    /** The organisations a municipality can pick: the shared ones and its own. */
    @Query("""
            select new nl.ivbplanner.partner.PartnerChoice(p.id, p.name) from Partner p
            where p.municipalityId is null or p.municipalityId = :municipalityId order by lower(p.name), p.id""")
    List<PartnerChoice> findChoices(long municipalityId);

    @Query("""
            select p from Partner p where lower(p.name) = lower(:name)
              and (p.municipalityId is null or p.municipalityId = :municipalityId)""")
    List<Partner> findChoicesNamed(String name, long municipalityId);

    @Query(
            "select p from Partner p where p.id = :id and (p.municipalityId is null or p.municipalityId = :municipalityId)")
    Optional<Partner> findChoice(long id, long municipalityId);

    boolean existsByKey(String key);
}
