package nl.ivbplanner.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import nl.ivbplanner.user.AppUserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The failed-login limit per account: too many wrong passwords lock the account for a while. */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final int limit;
    private final Duration lockDuration;

    LoginAttempts(AppUserRepository users, @Value("${ivb.security.max-failed-logins}") int limit,
            @Value("${ivb.security.lock-duration}") Duration lockDuration) {
        this.users = users;
        this.limit = limit;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName().trim().toLowerCase())
                .ifPresent(user -> user.recordFailedLogin(OffsetDateTime.now(), limit, lockDuration));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            users.findById(signedIn.id()).ifPresent(user -> user.recordSuccessfulLogin());
        }
    }
}
