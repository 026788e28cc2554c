package nl.ivbplanner.api;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    List<ApiKey> findByUserIdOrderByCreatedAtDesc(long userId);

    Optional<ApiKey> findByIdAndUserId(long id, long userId);
}
