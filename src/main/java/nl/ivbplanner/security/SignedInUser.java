package nl.ivbplanner.security;

import java.util.Collection;
import java.util.List;
import nl.ivbplanner.user.AppUser;
import nl.ivbplanner.user.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session: enough to check access without a query per request. The password hash is there
 * only while the sign-in checks the password: the session (a row in PostgreSQL) keeps the user {@link #signedIn()}.
 */
public record SignedInUser(
        Long id,
        String username,
        String displayName,
        Role role,
        Long municipalityId,
        String passwordHash,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword)
        implements UserDetails {

    /** A user who chose their own password. */
    public SignedInUser(
            Long id,
            String username,
            String displayName,
            Role role,
            Long municipalityId,
            String passwordHash,
            boolean enabled,
            boolean locked) {
        this(id, username, displayName, role, municipalityId, passwordHash, enabled, locked, false);
    }

    static SignedInUser of(AppUser user, boolean locked) {
        return new SignedInUser(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                user.getMunicipalityId(),
                user.getPasswordHash(),
                user.isEnabled(),
                locked,
                user.isMustChangePassword());
    }

    /** The user as the session keeps them after the sign-in: without the password hash. */
    SignedInUser signedIn() {
        return new SignedInUser(
                id, username, displayName, role, municipalityId, null, enabled, locked, mustChangePassword);
    }

    /** The same user after choosing a new password: no longer sent to the password page. */
    SignedInUser withOwnPassword() {
        return new SignedInUser(id, username, displayName, role, municipalityId, null, enabled, locked, false);
    }

    public boolean isGlobalAdmin() {
        return role == Role.ADMIN && municipalityId == null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
