package nl.ivbplanner.user;

import java.util.List;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for local runs: an advisor, a manager and a council member per seeded municipality, and one
 * global administrator. Never in a migration, so a production database never has them.
 */
@Component
@ConditionalOnProperty(name = "ivb.demo-accounts.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String ADMIN_USERNAME = "beheerder";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final MunicipalityRepository municipalities;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    DemoAccounts(AppUserRepository users, MunicipalityRepository municipalities, PasswordEncoder passwordEncoder,
            @Value("${ivb.demo-accounts.password}") String password) {
        this.users = users;
        this.municipalities = municipalities;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(password);
        createIfAbsent(ADMIN_USERNAME, "Functioneel beheerder", hash, Role.ADMIN, null);
        for (Municipality municipality : municipalities.findAllByOrderByName()) {
            for (DemoRole demo : DemoRole.ALL) {
                createIfAbsent(demo.prefix() + "." + municipality.getSlug(),
                        demo.title() + " " + municipality.getName(), hash, demo.role(), municipality.getId());
            }
        }
        log.warn("Demo accounts are enabled (ivb.demo-accounts.enabled=true); turn them off in production");
    }

    private void createIfAbsent(String username, String displayName, String hash, Role role, Long municipalityId) {
        if (!users.existsByUsername(username)) {
            users.save(new AppUser(username, displayName, hash, role, municipalityId));
        }
    }

    private record DemoRole(String prefix, String title, Role role) {
        static final List<DemoRole> ALL = List.of(
                new DemoRole("adviseur", "Beleidsadviseur", Role.ADVISOR),
                new DemoRole("manager", "Coördinator OOV", Role.MANAGER),
                new DemoRole("raadslid", "Raadslid", Role.COUNCIL));
    }
}
