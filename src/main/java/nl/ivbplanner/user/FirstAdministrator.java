package nl.ivbplanner.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * In production the first administrator comes from IVB_ADMIN_USERNAME and IVB_ADMIN_PASSWORD, made before the web
 * server takes its first request.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordRules rules;
    private final TransactionTemplate transaction;
    private final String username;
    private final String password;

    FirstAdministrator(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordRules rules,
            TransactionTemplate transaction,
            @Value("${ivb.admin.username:}") String username,
            @Value("${ivb.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.rules = rules;
        this.transaction = transaction;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (!StringUtils.hasText(username) || users.existsByRoleAndDemoFalse(Role.ADMIN)) {
                return;
            }
            // the same rules as every password a person chooses in the application
            rules.problem(username, password).ifPresent(problem -> {
                throw new IllegalStateException("IVB_ADMIN_PASSWORD is refused (" + problem + "): it needs at least "
                        + PasswordRules.MINIMUM_LENGTH + " characters, at most " + PasswordRules.MAXIMUM_BYTES
                        + " bytes, must differ from the user name and must not be a common password");
            });
            users.save(
                    new AppUser(username, "Functioneel beheerder", passwordEncoder.encode(password), Role.ADMIN, null));
            log.info("Created the first administrator '{}'", username);
        });
    }
}
