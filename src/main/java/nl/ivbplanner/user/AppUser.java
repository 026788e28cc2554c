package nl.ivbplanner.user;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    private String email;

    /** Reminders by e-mail; each user can switch them off. */
    private boolean remindersEnabled = true;

    /** Set with every temporary password; the user chooses their own before anything else. */
    private boolean mustChangePassword;

    // failed_login_attempts and locked_until are only counted in SQL (AppUserRepository), never through the entity

    private OffsetDateTime createdAt = OffsetDateTime.now();

    /** Made by {@link DemoAccounts}; switched off when demo accounts are. */
    private boolean demo;

    protected AppUser() {}

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

    /** A demo account, with the demo password; it may sign in only while demo accounts are on. */
    /**
     * A demo account, with an address at example.org (a domain that receives no mail), so that a local run's outbox
     * shows whom reminders would reach.
     */
    static AppUser demo(String username, String displayName, String passwordHash, Role role, Long municipalityId) {
        AppUser user = new AppUser(username, displayName, passwordHash, role, municipalityId);
        user.demo = true;
        user.email = username + "@example.org";
        return user;
    }

    /** A new account made by an administrator, with a temporary password the user must change at first sign-in. */
    public static AppUser withTemporaryPassword(
            String username, String displayName, String email, String passwordHash, Role role, Long municipalityId) {
        AppUser user = new AppUser(username, displayName, passwordHash, role, municipalityId);
        user.email = email;
        user.mustChangePassword = true;
        return user;
    }

    /** A corrected name or e-mail address; the user name never changes (it stands in the history). */
    public void correct(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    public void changeRole(Role role) {
        if (role != Role.ADMIN && municipalityId == null) {
            throw new IllegalArgumentException("Only an administrator can work without a municipality");
        }
        this.role = role;
    }

    /** Switched off: the account can no longer sign in, but stays as the author of what it wrote. */
    public void deactivate() {
        this.enabled = false;
    }

    public void activate() {
        this.enabled = true;
    }

    /** A temporary password, set by an administrator: the user must choose their own at the next sign-in. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }

    /** A password the user chose (and the rules allowed). */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    void enableWithPassword(String passwordHash) {
        this.enabled = true;
        this.passwordHash = passwordHash;
        // the demo password is published configuration: nothing an administrator set stays to be changed
        this.mustChangePassword = false;
    }

    void disable() {
        this.enabled = false;
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

    public void switchReminders(boolean on) {
        this.remindersEnabled = on;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    public String getEmail() {
        return email;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDemo() {
        return demo;
    }
}
