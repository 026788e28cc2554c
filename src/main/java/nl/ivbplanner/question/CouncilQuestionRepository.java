package nl.ivbplanner.question;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilQuestionRepository extends JpaRepository<CouncilQuestion, Long> {

    /** A question of the municipality; empty for another's, so an id from elsewhere is a 404. */
    Optional<CouncilQuestion> findByIdAndMunicipalityId(long id, long municipalityId);
}
