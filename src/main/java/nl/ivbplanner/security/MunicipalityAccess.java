package nl.ivbplanner.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.ivbplanner.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this user do X in municipality M". Every service calls it on the server
 * before it reads or writes municipality data; a refusal becomes a 403 page.
 */
@Component
public class MunicipalityAccess {

    private static final Map<Role, Set<Permission>> PERMISSIONS = Map.of(
            Role.COUNCIL, EnumSet.of(Permission.VIEW, Permission.ASK_QUESTIONS),
            Role.ADVISOR,
                    EnumSet.of(
                            Permission.VIEW,
                            Permission.VIEW_CONCEPTS,
                            Permission.EDIT_PLANS,
                            Permission.ANSWER_QUESTIONS),
            Role.MANAGER,
                    EnumSet.of(
                            Permission.VIEW,
                            Permission.VIEW_CONCEPTS,
                            Permission.EDIT_PLANS,
                            Permission.ADOPT_PLANS,
                            Permission.ANSWER_QUESTIONS),
            Role.ADMIN, EnumSet.complementOf(EnumSet.of(Permission.ASK_QUESTIONS)));

    public boolean may(Permission permission, long municipalityId) {
        SignedInUser user = currentUser();
        return user != null
                && (user.isGlobalAdmin() || Long.valueOf(municipalityId).equals(user.municipalityId()))
                && PERMISSIONS.get(user.role()).contains(permission);
    }

    public void require(Permission permission, long municipalityId) {
        if (!may(permission, municipalityId)) {
            throw new AccessDeniedException("No " + permission + " in municipality " + municipalityId);
        }
    }

    /**
     * What is published (adopted, of a municipality that publishes) anyone reads, signed in or not; anything else as
     * {@link #require}. Refused, someone who is not signed in is asked to sign in (the API: 401), anyone else is
     * refused (403).
     */
    public void requireUnlessPublished(boolean published, Permission permission, long municipalityId) {
        if (!published) {
            require(permission, municipalityId);
        }
    }

    /** Null when nobody is signed in. */
    public SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
