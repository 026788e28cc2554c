package nl.ivbplanner.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    List<ApiKey> findByUserIdOrderByCreatedAtDesc(long userId);

    Optional<ApiKey> findByIdAndUserId(long id, long userId);

    @Modifying
    @Query("""
            update ApiKey k set k.revokedAt = :now
            where k.revokedAt is null and k.userId = (select u.id from AppUser u where u.username = :username)""")
    int revokeAllOf(String username, OffsetDateTime now);
}
