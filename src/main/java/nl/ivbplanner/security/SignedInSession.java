package nl.ivbplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Changes to the principal kept in the session, which is otherwise read once at sign-in. */
@Component
public class SignedInSession {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SessionRegistry sessions;
    private final ApplicationEventPublisher events;

    SignedInSession(SessionRegistry sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * An administrator switched the account off, changed its role or gave it a temporary password: its sessions end
     * (its next request goes to the sign-in page), so the change applies at once and not at the next sign-in. The
     * sessions are in the database, found by user name (a user name never changes): marked expired there, they end on
     * every instance. What else signs the user in (their API keys) hears of it through {@link AccessWithdrawn}.
     */
    public void endSessionsOf(String username) {
        sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
        events.publishEvent(new AccessWithdrawn(username));
    }

    /**
     * The signed-in user chose a new password: the session's principal no longer sends them to the password page, and
     * the session gets a new id (a session id seen before the change is worth nothing after it).
     */
    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        SignedInUser updated = user.withOwnPassword();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        repository.saveContext(context, request, response);
    }
}
