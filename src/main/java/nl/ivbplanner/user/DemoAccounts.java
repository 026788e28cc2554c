package nl.ivbplanner.user;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo accounts for local runs: an advisor, a manager and a council member per seeded municipality, and one global
 * administrator, all with the demo password. Never in a migration. With demo accounts on, they exist, may sign in
 * and have the configured password (a changed one applies on the next start); with them off, the ones an earlier run
 * made are switched off. Done before the web server takes its first request, so a sign-in never finds them half made.
 */
@Component
class DemoAccounts implements SmartInitializingSingleton {

    static final String ADMIN_USERNAME = "beheerder";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final MunicipalityRepository municipalities;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final String password;

    DemoAccounts(
            AppUserRepository users,
            MunicipalityRepository municipalities,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            @Value("${ivb.demo-accounts.enabled}") boolean enabled,
            @Value("${ivb.demo-accounts.password}") String password) {
        this.users = users;
        this.municipalities = municipalities;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.enabled = enabled;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (enabled) {
                createOrRefresh();
                log.warn("Demo accounts are enabled (ivb.demo-accounts.enabled=true); turn them off in production");
            } else {
                switchOff();
            }
        });
    }

    /**
     * One read of the existing accounts and one save of the missing ones, however many municipalities there are
     * (with 400 municipalities that is 1,201 accounts at every start). The demo password is hashed at most once, and
     * only when an account needs it: a restart with an unchanged password checks the one stored hash (BCrypt, about
     * a tenth of a second each) and hashes nothing.
     */
    private void createOrRefresh() {
        List<Wanted> wanted = new ArrayList<>();
        wanted.add(new Wanted(ADMIN_USERNAME, "Functioneel beheerder", Role.ADMIN, null));
        for (Municipality municipality : municipalities.findAllByOrderByName()) {
            for (DemoRole demo : DemoRole.ALL) {
                wanted.add(new Wanted(
                        demo.prefix() + "." + municipality.getSlug(),
                        demo.title() + " " + municipality.getName(),
                        demo.role(),
                        municipality.getId()));
            }
        }
        Map<String, AppUser> existing = new HashMap<>();
        for (AppUser user :
                users.findByUsernameIn(wanted.stream().map(Wanted::username).toList())) {
            existing.put(user.getUsername(), user);
        }
        Hash hash = new Hash();
        Map<String, Boolean> passwordMatches = new HashMap<>();
        List<AppUser> missing = new ArrayList<>();
        for (Wanted account : wanted) {
            AppUser user = existing.get(account.username());
            if (user == null) {
                missing.add(AppUser.demo(
                        account.username(),
                        account.displayName(),
                        hash.get(),
                        account.role(),
                        account.municipalityId()));
            } else if (user.isDemo()
                    && !(user.isEnabled()
                            && passwordMatches.computeIfAbsent(
                                    user.getPasswordHash(), stored -> passwordEncoder.matches(password, stored)))) {
                // an existing demo account gets the demo password again only when it changed
                user.enableWithPassword(hash.get());
            }
        }
        users.saveAll(missing);
    }

    private record Wanted(String username, String displayName, Role role, Long municipalityId) {}

    /** The demo password's hash, made on first use: every account that needs it shares the one hash. */
    private final class Hash {
        private String value;

        String get() {
            if (value == null) {
                value = passwordEncoder.encode(password);
            }
            return value;
        }
    }

    private void switchOff() {
        List<AppUser> demoAccounts = users.findByDemoTrue();
        demoAccounts.stream().filter(AppUser::isEnabled).forEach(AppUser::disable);
        if (!demoAccounts.isEmpty()) {
            log.info("Demo accounts are off: {} demo accounts cannot sign in", demoAccounts.size());
        }
    }

    private record DemoRole(String prefix, String title, Role role) {
        static final List<DemoRole> ALL = List.of(
                new DemoRole("adviseur", "Beleidsadviseur", Role.ADVISOR),
                new DemoRole("manager", "Coördinator OOV", Role.MANAGER),
                new DemoRole("raadslid", "Raadslid", Role.COUNCIL));
    }
}
