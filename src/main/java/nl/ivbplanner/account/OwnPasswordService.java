package nl.ivbplanner.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.audit.AdminAction;
import nl.ivbplanner.audit.AdminLog;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.security.LoginAttempts;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.AppUser;
import nl.ivbplanner.user.AppUserRepository;
import nl.ivbplanner.user.PasswordRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user chooses their own password: the current one first, then a new one that meets the rules. */
@Service
class OwnPasswordService {

    private final AppUserRepository users;
    private final MunicipalityAccess access;
    private final PasswordRules rules;
    private final PasswordEncoder passwordEncoder;
    private final AdminLog log;
    private final LoginAttempts attempts;

    OwnPasswordService(
            AppUserRepository users,
            MunicipalityAccess access,
            PasswordRules rules,
            PasswordEncoder passwordEncoder,
            AdminLog log,
            LoginAttempts attempts) {
        this.users = users;
        this.access = access;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.log = log;
        this.attempts = attempts;
    }

    /** Whether the signed-in user still has a temporary password (the page then says why it is shown). */
    boolean mustChange() {
        return signedIn().mustChangePassword();
    }

    /**
     * Stores the new password. A refused form still commits: the
     * check of the current password counts as a sign-in attempt (nothing else is written before the checks pass).
     */
    @Transactional(noRollbackFor = InvalidFormException.class)
    void change(PasswordForm form) {
        SignedInUser signedIn = signedIn();
        AppUser user = users.findById(signedIn.id()).orElseThrow(() -> new AccessDeniedException("account is gone"));
        if (!attempts.claimPasswordCheck(user.getUsername())) {
            throw new InvalidFormException("huidig", "password.form.current.locked");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPasswordMatches(form.huidig(), user.getPasswordHash())) {
            attempts.passwordConfirmed(user.getId());
        } else {
            problems.add(new FieldProblem("huidig", "password.form.current.wrong"));
        }
        rules.problem(user.getUsername(), form.nieuw())
                .ifPresent(key -> problems.add(new FieldProblem("nieuw", key, List.of(PasswordRules.MINIMUM_LENGTH))));
        if (problems.stream().noneMatch(p -> p.field().equals("nieuw"))
                && form.nieuw().equals(form.huidig())) {
            problems.add(new FieldProblem("nieuw", "password.form.new.same"));
        }
        if (!form.nieuw().equals(form.herhaling())) {
            problems.add(new FieldProblem("herhaling", "password.form.repeat.different"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        String hash = passwordEncoder.encode(form.nieuw());
        user.changePassword(hash);
        log.record(AdminAction.PASSWORD_CHANGED, user.getMunicipalityId(), user.getUsername(), null);
    }

    private boolean currentPasswordMatches(String given, String hash) {
        // a longer one was never stored (BCrypt reads 72 bytes), and the encoder would refuse to compare it
        return given.getBytes(StandardCharsets.UTF_8).length <= PasswordRules.MAXIMUM_BYTES
                && passwordEncoder.matches(given, hash);
    }

    private SignedInUser signedIn() {
        SignedInUser user = access.currentUser();
        if (user == null) {
            throw new AccessDeniedException("not signed in");
        }
        return user;
    }
}
