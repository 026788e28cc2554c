package nl.ivbplanner.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import nl.ivbplanner.user.AppUserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in limit per account: every attempt is counted in the database before its password is checked, so that
 * however many guesses arrive at once, at most {@code limit} in a row are checked before the account locks for a
 * while. A correct password starts the count again.
 */
@Component
public class LoginAttempts {

    private final AppUserRepository users;
    private final int limit;
    private final Duration lockDuration;

    LoginAttempts(
            AppUserRepository users,
            @Value("${ivb.security.max-failed-logins}") int limit,
            @Value("${ivb.security.lock-duration}") Duration lockDuration) {
        this.users = users;
        this.limit = limit;
        this.lockDuration = lockDuration;
    }

    /** False while the account is locked (or unknown): then its password must not count as correct. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(String username) {
        OffsetDateTime now = OffsetDateTime.now();
        return users.claimSignInAttempt(username, now, limit, now.plus(lockDuration)) == 1;
    }

    /**
     * A signed-in user's current password about to be checked (to choose a new one) counts as a sign-in attempt, so a
     * taken-over session cannot try passwords without limit. The caller's transaction must commit also when the form
     * is refused. False while the account is locked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claimPasswordCheck(String username) {
        return claim(username);
    }

    /** The current password was right: the count starts again, whatever else the form gets wrong. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void passwordConfirmed(long userId) {
        users.signedIn(userId);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.signedIn(signedIn.id());
        }
    }
}
