package nl.ivbplanner.user;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.OffsetDateTime;
import nl.ivbplanner.common.VersionedEntity;

/** Someone who signs in, with one role in one municipality (or a global administrator). */
@Entity
public class AppUser extends VersionedEntity {

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long municipalityId;

    private boolean enabled = true;

    private int failedLoginAttempts;

    private OffsetDateTime lockedUntil;

    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, Long municipalityId) {
        if (role != Role.ADMIN && municipalityId == null) {
            throw new IllegalArgumentException("Only an administrator can work without a municipality");
        }
        this.username = username.toLowerCase();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.municipalityId = municipalityId;
    }

    /** Counts a wrong password; the account locks for {@code lockDuration} once the limit is reached. */
    public void recordFailedLogin(OffsetDateTime now, int limit, Duration lockDuration) {
        failedLoginAttempts++;
        if (failedLoginAttempts >= limit) {
            lockedUntil = now.plus(lockDuration);
            failedLoginAttempts = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLoginAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLoginAttempts() {
        return failedLoginAttempts;
    }
}
