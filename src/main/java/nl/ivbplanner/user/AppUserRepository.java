package nl.ivbplanner.user;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** Demo administrators do not count: they are switched off in production. */
    boolean existsByRoleAndDemoFalse(Role role);

    List<AppUser> findByDemoTrue();

    /**
     * Counts a sign-in attempt before its password is checked, in one statement, so that parallel guesses cannot
     * share a count: the attempt that reaches {@code limit} locks the account until {@code lockedUntil}, and an
     * expired lock starts a new count. Returns 0 (the attempt is refused) while the account is locked or unknown.
     */
    @Modifying
    @Query(value = """
            update app_user set
                failed_login_attempts = case when locked_until <= :now then 1 else failed_login_attempts + 1 end,
                locked_until = case
                    when (case when locked_until <= :now then 1 else failed_login_attempts + 1 end) >= :limit then :lockedUntil
                    when locked_until <= :now then null
                    else locked_until end
            where username = :username and (locked_until is null or locked_until <= :now)""", nativeQuery = true)
    int claimSignInAttempt(
            @Param("username") String username,
            @Param("now") OffsetDateTime now,
            @Param("limit") int limit,
            @Param("lockedUntil") OffsetDateTime lockedUntil);

    /** A correct password: the count starts again and any lock ends. */
    @Modifying
    @Query(
            value = "update app_user set failed_login_attempts = 0, locked_until = null where id = :id",
            nativeQuery = true)
    void signedIn(@Param("id") long id);
}
