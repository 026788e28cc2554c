package nl.ivbplanner.account;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.ivbplanner.audit.AdminAction;
import nl.ivbplanner.audit.AdminLog;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.security.SignedInSession;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.AppUser;
import nl.ivbplanner.user.AppUserRepository;
import nl.ivbplanner.user.PasswordRules;
import nl.ivbplanner.user.Role;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts: a global administrator (ADMIN without a municipality) every account, a
 * municipality's administrator only the accounts of that municipality. Accounts are never deleted (their names stand
 * in the history of what they wrote); they are switched off. Nobody changes their own role or switches themselves off.
 * Every action is written to the {@link AdminLog} in its own transaction.
 */
@Service
class UserAdminService {

    private final AppUserRepository users;
    private final MunicipalityRepository municipalities;
    private final UserQueries queries;
    private final MunicipalityAccess access;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwordEncoder;
    private final AdminLog log;
    private final SignedInSession sessions;
    private final MessageSource messages;

    UserAdminService(
            AppUserRepository users,
            MunicipalityRepository municipalities,
            UserQueries queries,
            MunicipalityAccess access,
            PasswordRules passwordRules,
            PasswordEncoder passwordEncoder,
            AdminLog log,
            SignedInSession sessions,
            MessageSource messages) {
        this.sessions = sessions;
        this.messages = messages;
        this.users = users;
        this.municipalities = municipalities;
        this.queries = queries;
        this.access = access;
        this.passwordRules = passwordRules;
        this.passwordEncoder = passwordEncoder;
        this.log = log;
    }

    /** The list with its filters: the municipality by slug, the role by name; unknown values filter nothing out. */
    @Transactional(readOnly = true)
    UsersPage list(String text, String municipalitySlug, String role) {
        SignedInUser admin = administrator();
        List<Municipality> choices = municipalityChoices(admin);
        Long municipalityId = choices.stream()
                .filter(m -> m.getSlug().equals(municipalitySlug))
                .map(Municipality::getId)
                .findFirst()
                .orElse(null);
        String roleFilter = roleOrNull(role);
        String search = text == null || text.isBlank() ? null : text;
        return new UsersPage(
                queries.search(
                        search, municipalityId, roleFilter, admin.isGlobalAdmin() ? null : admin.municipalityId()),
                choices,
                admin.isGlobalAdmin());
    }

    /** What the form to create an account offers: the municipalities this administrator may give a user. */
    @Transactional(readOnly = true)
    NewUserPage newUserPage() {
        SignedInUser admin = administrator();
        return new NewUserPage(municipalityChoices(admin), admin.isGlobalAdmin());
    }

    /** Creates the account with a temporary password, which is returned once and stored only as a hash. */
    @Transactional
    Created create(NewUserForm form) {
        SignedInUser admin = administrator();
        Role role = Role.valueOf(form.rol());
        Municipality municipality = null;
        if (form.gemeente() != null && !form.gemeente().isBlank()) {
            municipality = municipalities.findBySlug(form.gemeente()).orElse(null);
            if (municipality == null) {
                throw new InvalidFormException("gemeente", "user.form.municipality.unknown");
            }
            access.require(Permission.ADMINISTER, municipality.getId());
        } else if (!admin.isGlobalAdmin()) {
            // only a global administrator makes accounts of no municipality
            throw new AccessDeniedException("A municipality's administrator makes accounts of their municipality");
        } else if (role != Role.ADMIN) {
            throw new InvalidFormException("gemeente", "user.form.municipality.required");
        }
        String username = form.gebruikersnaam().strip().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidFormException("gebruikersnaam", "user.form.username.taken");
        }
        String temporary = passwordRules.temporaryPassword();
        AppUser user = users.save(AppUser.withTemporaryPassword(
                username,
                form.naam().strip(),
                form.email().strip(),
                passwordEncoder.encode(temporary),
                role,
                municipality == null ? null : municipality.getId()));
        log.record(
                AdminAction.USER_CREATED,
                user.getMunicipalityId(),
                username,
                roleName(role) + (municipality == null ? "" : ", " + municipality.getName()));
        return new Created(user.getId(), temporary);
    }

    @Transactional(readOnly = true)
    UserPage page(long id) {
        SignedInUser admin = administrator();
        AppUser user = managed(id, admin);
        UserQueries.UserRow row = queries.one(user.getId()).orElseThrow(NotFoundException::new);
        return new UserPage(row, Objects.equals(admin.id(), user.getId()), admin.isGlobalAdmin());
    }

    /** A corrected name or e-mail address, also of one's own account. */
    @Transactional
    void correct(long id, DetailsForm form) {
        AppUser user = managed(id, administrator());
        user.requireVersion(
                form.version(), () -> new DetailsForm(user.getDisplayName(), user.getEmail(), user.getVersion()));
        String name = form.naam().strip();
        String email = form.email().strip();
        if (name.equals(user.getDisplayName()) && email.equals(user.getEmail())) {
            return;
        }
        log.record(
                AdminAction.USER_CHANGED,
                user.getMunicipalityId(),
                user.getUsername(),
                user.getDisplayName() + ", " + (user.getEmail() == null ? "–" : user.getEmail()) + " → " + name + ", "
                        + email);
        user.correct(name, email);
    }

    @Transactional
    void changeRole(long id, RoleForm form) {
        SignedInUser admin = administrator();
        AppUser user = managed(id, admin);
        if (Objects.equals(admin.id(), user.getId())) {
            // nobody raises (or changes) their own role: another administrator has to; the own page offers no form
            throw new AccessDeniedException("Nobody changes their own role");
        }
        user.requireVersion(form.version(), () -> new RoleForm(user.getRole().name(), user.getVersion()));
        Role role = Role.valueOf(form.rol());
        if (role != Role.ADMIN && user.getMunicipalityId() == null) {
            throw new InvalidFormException("rol", "user.role.needs-municipality");
        }
        if (role == user.getRole()) {
            return;
        }
        String before = roleName(user.getRole());
        user.changeRole(role);
        sessions.endSessionsOf(user.getUsername());
        log.record(
                AdminAction.ROLE_CHANGED,
                user.getMunicipalityId(),
                user.getUsername(),
                before + " → " + roleName(role));
    }

    @Transactional
    void deactivate(long id, UserActionForm form) {
        AppUser user = changeable(id, form);
        if (user.isEnabled()) {
            user.deactivate();
            sessions.endSessionsOf(user.getUsername());
            log.record(AdminAction.USER_DEACTIVATED, user.getMunicipalityId(), user.getUsername(), null);
        }
    }

    @Transactional
    void activate(long id, UserActionForm form) {
        AppUser user = changeable(id, form);
        if (!user.isEnabled()) {
            user.activate();
            log.record(AdminAction.USER_ACTIVATED, user.getMunicipalityId(), user.getUsername(), null);
        }
    }

    /** A new temporary password, returned once; the user must choose their own at the next sign-in. */
    @Transactional
    String resetPassword(long id, UserActionForm form) {
        AppUser user = changeable(id, form);
        String temporary = passwordRules.temporaryPassword();
        user.resetPassword(passwordEncoder.encode(temporary));
        sessions.endSessionsOf(user.getUsername());
        log.record(AdminAction.PASSWORD_RESET, user.getMunicipalityId(), user.getUsername(), null);
        return temporary;
    }

    /** Ends a lock after too many wrong passwords, and starts the count again. */
    @Transactional
    void unlock(long id, UserActionForm form) {
        SignedInUser admin = administrator();
        AppUser user = managed(id, admin);
        user.requireVersion(form.version(), () -> form);
        users.signedIn(user.getId());
        log.record(AdminAction.USER_UNLOCKED, user.getMunicipalityId(), user.getUsername(), null);
    }

    /**
     * A role as the log shows it: the log's lines are stored in Dutch (like "raad 12-03-2027"), so the Dutch label, not
     * the constant's name (the log page showed "MANAGER").
     */
    private String roleName(Role role) {
        return messages.getMessage("role." + role.name(), null, Locale.forLanguageTag("nl"));
    }

    /** One of the buttons that change another user's account: never one's own. */
    private AppUser changeable(long id, UserActionForm form) {
        SignedInUser admin = administrator();
        AppUser user = managed(id, admin);
        if (Objects.equals(admin.id(), user.getId())) {
            throw new AccessDeniedException("Nobody switches off or resets their own account here");
        }
        user.requireVersion(form.version(), () -> form);
        return user;
    }

    /** 404 for a user that does not exist, 403 for one of another municipality or a global administrator. */
    private AppUser managed(long id, SignedInUser admin) {
        AppUser user = users.findById(id).orElseThrow(NotFoundException::new);
        if (user.getMunicipalityId() == null) {
            if (!admin.isGlobalAdmin()) {
                throw new AccessDeniedException("Only a global administrator manages a global administrator");
            }
        } else {
            access.require(Permission.ADMINISTER, user.getMunicipalityId());
        }
        return user;
    }

    private SignedInUser administrator() {
        SignedInUser user = access.currentUser();
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators manage users");
        }
        return user;
    }

    private List<Municipality> municipalityChoices(SignedInUser admin) {
        return municipalities.findAllByOrderByName().stream()
                .filter(m -> admin.isGlobalAdmin() || m.getId().equals(admin.municipalityId()))
                .toList();
    }

    private static String roleOrNull(String role) {
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return role;
            }
        }
        return null;
    }

    record UsersPage(List<UserQueries.UserRow> users, List<Municipality> municipalities, boolean global) {}

    record NewUserPage(List<Municipality> municipalities, boolean global) {}

    record UserPage(UserQueries.UserRow user, boolean own, boolean global) {}

    record Created(long id, String temporaryPassword) {}
}
