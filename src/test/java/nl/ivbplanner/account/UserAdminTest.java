package nl.ivbplanner.account;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts on /beheer/gebruikers: a global administrator every account, Wassenaar's own
 * administrator (made here) only Wassenaar's. Every action is logged; nobody changes their own role. Rolled back after
 * each test.
 */
@IvbIntegrationTest
@Transactional
class UserAdminTest {

    private static final String USERS = "/beheer/gebruikers";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SqlStatementCounter counter;

    @PersistenceContext
    EntityManager entityManager;

    @BeforeEach
    void wassenaarHasItsOwnAdministrator() {
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_id)
                select 'beheer.wassenaar', 'Beheerder Wassenaar', '{noop}x', 'ADMIN', id
                from municipality where slug = 'wassenaar'""").update();
    }

    @Test
    void aGlobalAdministratorCreatesAnAccountWhoseTemporaryPasswordIsShownOnceAndLogged() throws Exception {
        MvcResult created = mvc.perform(post(USERS + "/nieuw")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("naam", "Beleidsadviseur Voorschoten")
                        .param("email", "adviseur@voorschoten.nl")
                        .param("gebruikersnaam", "Adviseur.Wassenaar2")
                        .param("rol", "ADVISOR")
                        .param("gemeente", "wassenaar"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        long id = id("adviseur.wassenaar2");
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(USERS + "/" + id);
        String temporary = (String) created.getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSize(16);
        entityManager.flush();
        var row = jdbc.sql("select email, must_change_password, password_hash, role from app_user where id = ?")
                .param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(row.get(0)).isEqualTo("adviseur@voorschoten.nl");
        assertThat(row.get(1)).isEqualTo(true);
        assertThat(passwordEncoder.matches(temporary, (String) row.get(2))).isTrue();
        assertThat(row.get(3)).isEqualTo("ADVISOR");
        assertThat(lastLog()).isEqualTo("beheerder USER_CREATED adviseur.wassenaar2 beleidsadviseur, Wassenaar");
        // shown once: the page itself never has it
        mvc.perform(get(USERS + "/" + id).with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(temporary))));
    }

    @Test
    void aTakenUserNameIsExplainedNextToItsFieldAndTheFormKeepsTheInput() throws Exception {
        mvc.perform(post(USERS + "/nieuw")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("naam", "Tweede adviseur")
                        .param("email", "tweede@wassenaar.nl")
                        .param("gebruikersnaam", "adviseur.wassenaar")
                        .param("rol", "ADVISOR")
                        .param("gemeente", "wassenaar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze gebruikersnaam bestaat al.")))
                .andExpect(content()
                        .string(containsString("aria-describedby=\"gebruikersnaam-fout gebruikersnaam-hint\"")))
                .andExpect(content().string(containsString("value=\"tweede@wassenaar.nl\"")));
        mvc.perform(post(USERS + "/nieuw")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("naam", "Zonder gemeente")
                        .param("email", "zonder@example.nl")
                        .param("gebruikersnaam", "zonder.gemeente")
                        .param("rol", "ADVISOR")
                        .param("gemeente", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een gemeente")));
        assertThat(jdbc.sql("select count(*) from admin_log").query(Long.class).single())
                .isZero();
    }

    @Test
    void theListSearchesByNameAndFiltersByMunicipalityAndRole() throws Exception {
        mvc.perform(get(USERS).param("zoek", "RIJSWIJK").with(as(jdbc, "beheerder")))
                .andExpect(content().string(containsString("adviseur.rijswijk")))
                .andExpect(content().string(not(containsString("adviseur.wassenaar"))));
        mvc.perform(get(USERS)
                        .param("gemeente", "westland")
                        .param("rol", "COUNCIL")
                        .with(as(jdbc, "beheerder")))
                .andExpect(content().string(containsString("raadslid.westland")))
                .andExpect(content().string(not(containsString("adviseur.westland"))))
                .andExpect(content().string(not(containsString("raadslid.rijswijk"))))
                .andExpect(content().string(containsString("1 gebruiker")));
    }

    /**
     * The header's municipality switcher, the municipalities of the filter and the users: three statements however many
     * users there are; a user's page the switcher, the account and its row.
     */
    @Test
    void theUsersPagesRunAFixedNumberOfStatements() throws Exception {
        var admin = as(jdbc, "beheerder");
        assertThat(counter.count(() -> mvc.perform(get(USERS).with(admin)).andExpect(status().isOk())))
                .isEqualTo(3);
        assertThat(counter.count(
                        () -> mvc.perform(get(USERS).param("rol", "ADMIN").with(admin))
                                .andExpect(status().isOk())))
                .isEqualTo(3);
        long advisor = id("adviseur.wassenaar");
        assertThat(counter.count(() ->
                        mvc.perform(get(USERS + "/" + advisor).with(admin)).andExpect(status().isOk())))
                .isEqualTo(3);
    }

    @Test
    void aMunicipalityAdministratorSeesAndManagesOnlyItsOwnUsers() throws Exception {
        mvc.perform(get(USERS).with(as(jdbc, "beheer.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("manager.wassenaar")))
                .andExpect(content().string(not(containsString("rijswijk"))))
                .andExpect(content().string(not(containsString(">beheerder<"))));
        long rijswijk = id("adviseur.rijswijk");
        mvc.perform(get(USERS + "/" + rijswijk).with(as(jdbc, "beheer.wassenaar")))
                .andExpect(status().isForbidden());
        mvc.perform(post(USERS + "/" + rijswijk + "/rol")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("rol", "MANAGER")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(USERS + "/" + id("beheerder") + "/uitschakelen")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        // neither an account of another municipality nor a global administrator
        for (String municipality : List.of("rijswijk", "")) {
            mvc.perform(post(USERS + "/nieuw")
                            .with(csrf())
                            .with(as(jdbc, "beheer.wassenaar"))
                            .param("naam", "Nieuwe beheerder")
                            .param("email", "beheer@example.nl")
                            .param("gebruikersnaam", "nieuwe.beheerder")
                            .param("rol", "ADMIN")
                            .param("gemeente", municipality))
                    .andExpect(status().isForbidden());
        }
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from app_user where username = 'nieuwe.beheerder'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(role("adviseur.rijswijk")).isEqualTo("ADVISOR");
        assertThat(jdbc.sql("select count(*) from admin_log").query(Long.class).single())
                .isZero();
    }

    @Test
    void nobodyChangesTheirOwnRoleAndOnlyAdministratorsChangeRoles() throws Exception {
        long own = id("beheer.wassenaar");
        mvc.perform(post(USERS + "/" + own + "/rol")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("rol", "ADVISOR")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get(USERS + "/" + own).with(as(jdbc, "beheer.wassenaar")))
                .andExpect(content().string(containsString("Uw rol wijzigen of uw account uitschakelen kan alleen")))
                .andExpect(content().string(not(containsString("/rol\""))));
        long advisor = id("adviseur.wassenaar");
        mvc.perform(post(USERS + "/" + advisor + "/rol")
                        .with(csrf())
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .param("rol", "ADMIN")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        entityManager.flush();
        assertThat(role("beheer.wassenaar")).isEqualTo("ADMIN");
        assertThat(role("adviseur.wassenaar")).isEqualTo("ADVISOR");
    }

    @Test
    void aRoleChangeIsLoggedAndOneMadeOnAStaleVersionIsRefused() throws Exception {
        long manager = id("manager.wassenaar");
        long version = version(manager);
        mvc.perform(post(USERS + "/" + manager + "/rol")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("rol", "ADVISOR")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(USERS + "/" + manager));
        entityManager.flush();
        assertThat(role("manager.wassenaar")).isEqualTo("ADVISOR");
        assertThat(lastLog())
                .isEqualTo("beheer.wassenaar ROLE_CHANGED manager.wassenaar leidinggevende → beleidsadviseur");
        mvc.perform(post(USERS + "/" + manager + "/rol")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("rol", "COUNCIL")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit account gewijzigd")))
                .andExpect(content().string(containsString("Nu opgeslagen: beleidsadviseur")));
        entityManager.flush();
        assertThat(role("manager.wassenaar")).isEqualTo("ADVISOR");
    }

    @Test
    void anAdministratorCorrectsANameAndEmailAddressWhichIsLoggedAndAStaleCorrectionIsRefused() throws Exception {
        long advisor = id("adviseur.wassenaar");
        long version = version(advisor);
        mvc.perform(post(USERS + "/" + advisor + "/gegevens")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("naam", "Beleidsadviseur Wassenaar")
                        .param("email", "geen adres")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
                .andExpect(content().string(containsString("value=\"geen adres\"")));
        mvc.perform(post(USERS + "/" + advisor + "/gegevens")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("naam", "Anne de Vries")
                        .param("email", "a.devries@wassenaar.nl")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(USERS + "/" + advisor));
        assertThat(lastLog())
                .isEqualTo(
                        "beheer.wassenaar USER_CHANGED adviseur.wassenaar"
                                + " Beleidsadviseur Wassenaar, adviseur.wassenaar@example.org → Anne de Vries, a.devries@wassenaar.nl");
        mvc.perform(post(USERS + "/" + advisor + "/gegevens")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("naam", "Anne de Vries-Jansen")
                        .param("email", "a.devries@wassenaar.nl")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit account gewijzigd")))
                .andExpect(content().string(containsString("Nu opgeslagen: Anne de Vries")))
                .andExpect(content().string(containsString("value=\"Anne de Vries-Jansen\"")));
        entityManager.flush();
        assertThat(jdbc.sql("select display_name || ' ' || email from app_user where id = ?")
                        .param(advisor)
                        .query(String.class)
                        .single())
                .isEqualTo("Anne de Vries a.devries@wassenaar.nl");
    }

    @Test
    void aDeactivatedAccountCannotSignInAndStaysInTheDatabase() throws Exception {
        long council = id("raadslid.wassenaar");
        KeptSession signedIn = new KeptSession(mvc);
        signedIn.perform(formLogin("/login").user("raadslid.wassenaar").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        signedIn.perform(get("/gemeenten/wassenaar")).andExpect(status().isOk());
        // a button pressed on a page older than the account's last change does nothing and says so
        mvc.perform(post(USERS + "/" + council + "/uitschakelen")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("version", String.valueOf(version(council) + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit account gewijzigd")));
        entityManager.flush();
        assertThat(jdbc.sql("select enabled from app_user where id = ?")
                        .param(council)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(post(USERS + "/" + council + "/uitschakelen")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("version", String.valueOf(version(council))))
                .andExpect(redirectedUrl(USERS + "/" + council));
        entityManager.flush();
        assertThat(lastLog()).isEqualTo("beheerder USER_DEACTIVATED raadslid.wassenaar null");
        // the session that was open ends at once: the next request goes to the sign-in page
        signedIn.perform(get("/gemeenten/wassenaar")).andExpect(redirectedUrl("/login?verlopen"));
        mvc.perform(formLogin("/login").user("raadslid.wassenaar").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?fout"));
        mvc.perform(post(USERS + "/" + council + "/inschakelen")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("version", String.valueOf(version(council))))
                .andExpect(redirectedUrl(USERS + "/" + council));
        entityManager.flush();
        mvc.perform(formLogin("/login").user("raadslid.wassenaar").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdministratorLiftsALock() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user("manager.wassenaar").password("geraden" + attempt));
        }
        mvc.perform(formLogin("/login").user("manager.wassenaar").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?fout"));
        long manager = id("manager.wassenaar");
        mvc.perform(get(USERS + "/" + manager).with(as(jdbc, "beheer.wassenaar")))
                .andExpect(content().string(containsString("geblokkeerd na te veel pogingen")));
        mvc.perform(post(USERS + "/" + manager + "/ontgrendelen")
                        .with(csrf())
                        .with(as(jdbc, "beheer.wassenaar"))
                        .param("version", String.valueOf(version(manager))))
                .andExpect(redirectedUrl(USERS + "/" + manager));
        assertThat(lastLog()).isEqualTo("beheer.wassenaar USER_UNLOCKED manager.wassenaar null");
        mvc.perform(formLogin("/login").user("manager.wassenaar").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    /**
     * After a reset the user signs in with the temporary password and gets only the password page until they chose a
     * password that meets the rules; then the page they asked for opens.
     */
    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        long advisor = id("adviseur.wassenaar");
        String temporary = (String) mvc.perform(post(USERS + "/" + advisor + "/wachtwoord-herstellen")
                        .with(csrf())
                        .with(as(jdbc, "beheerder"))
                        .param("version", String.valueOf(version(advisor))))
                .andExpect(redirectedUrl(USERS + "/" + advisor))
                .andReturn()
                .getFlashMap()
                .get("temporaryPassword");
        entityManager.flush();
        assertThat(lastLog()).isEqualTo("beheerder PASSWORD_RESET adviseur.wassenaar null");
        mvc.perform(formLogin("/login").user("adviseur.wassenaar").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?fout"));
        KeptSession session = new KeptSession(mvc);
        session.perform(formLogin("/login").user("adviseur.wassenaar").password(temporary))
                .andExpect(redirectedUrl("/"));
        session.perform(get("/gemeenten/wassenaar")).andExpect(redirectedUrl("/wachtwoord"));
        session.perform(post("/gemeenten/wassenaar/legenda").with(csrf())).andExpect(redirectedUrl("/wachtwoord"));
        session.perform(get("/wachtwoord"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U bent ingelogd met een tijdelijk wachtwoord.")));
        // the rules, each in Dutch next to its field; the password is never written back into the page
        session.perform(changePassword(temporary, "Qwerty123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lijst van veelgebruikte wachtwoorden")))
                .andExpect(content().string(not(containsString("Qwerty123456"))))
                .andExpect(content().string(not(containsString(temporary))));
        session.perform(changePassword(temporary, "kort"))
                .andExpect(content().string(containsString("Gebruik minstens 12 tekens.")));
        session.perform(changePassword(temporary, "Adviseur.Wassenaar"))
                .andExpect(content().string(containsString("mag niet gelijk zijn aan uw gebruikersnaam")));
        session.perform(changePassword("niet-het-tijdelijke", "drie groene fietsen in de duinen"))
                .andExpect(content().string(containsString("Dit is niet uw huidige wachtwoord.")));
        session.perform(changePassword(temporary, "drie groene fietsen in de duinen"))
                .andExpect(redirectedUrl("/"));
        session.perform(get("/gemeenten/wassenaar")).andExpect(status().isOk());
        entityManager.flush();
        assertThat(jdbc.sql("select must_change_password from app_user where id = ?")
                        .param(advisor)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(lastLog()).isEqualTo("adviseur.wassenaar PASSWORD_CHANGED adviseur.wassenaar null");
        mvc.perform(formLogin("/login").user("adviseur.wassenaar").password("drie groene fietsen in de duinen"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongCurrentPasswordsCountAsSignInAttemptsAndLockTheAccount() throws Exception {
        KeptSession session = new KeptSession(mvc);
        session.perform(formLogin("/login").user("adviseur.rijswijk").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        // the right current password with a refused new one does not count
        for (int attempt = 0; attempt < 6; attempt++) {
            session.perform(changePassword(IvbIntegrationTest.DEMO_PASSWORD, "kort"))
                    .andExpect(content().string(containsString("Gebruik minstens 12 tekens.")));
        }
        entityManager.flush();
        assertThat(failedAttempts("adviseur.rijswijk")).isZero();
        for (int attempt = 0; attempt < 5; attempt++) {
            session.perform(changePassword("geraden" + attempt, "drie groene fietsen in de duinen"))
                    .andExpect(content().string(containsString("Dit is niet uw huidige wachtwoord.")));
        }
        // locked: now even the right one is not checked, and signing in again waits as well
        session.perform(changePassword(IvbIntegrationTest.DEMO_PASSWORD, "drie groene fietsen in de duinen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("uw account is een tijd geblokkeerd")));
        entityManager.flush();
        assertThat(jdbc.sql("select locked_until is not null from app_user where username = 'adviseur.rijswijk'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(formLogin("/login").user("adviseur.rijswijk").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?fout"));
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_login_attempts from app_user where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    @Test
    void theLogShowsTheNewestFirstAndAMunicipalityAdministratorOnlyItsOwn() throws Exception {
        mvc.perform(post(USERS + "/" + id("raadslid.rijswijk") + "/uitschakelen")
                .with(csrf())
                .with(as(jdbc, "beheerder"))
                .param("version", String.valueOf(version(id("raadslid.rijswijk")))));
        mvc.perform(post(USERS + "/" + id("raadslid.wassenaar") + "/uitschakelen")
                .with(csrf())
                .with(as(jdbc, "beheer.wassenaar"))
                .param("version", String.valueOf(version(id("raadslid.wassenaar")))));
        String all = mvc.perform(get("/beheer/logboek").with(as(jdbc, "beheerder")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(all).contains("Account uitgeschakeld", "raadslid.rijswijk");
        assertThat(all.indexOf("raadslid.wassenaar")).isLessThan(all.indexOf("raadslid.rijswijk"));
        mvc.perform(get("/beheer/logboek").with(as(jdbc, "beheer.wassenaar")))
                .andExpect(content().string(containsString("raadslid.wassenaar")))
                .andExpect(content().string(not(containsString("raadslid.rijswijk"))));
        mvc.perform(get("/beheer/logboek").with(as(jdbc, "manager.wassenaar"))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
            String current, String password) {
        return post("/wachtwoord")
                .with(csrf())
                .param("huidig", current)
                .param("nieuw", password)
                .param("herhaling", password);
    }

    private long id(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long version(long id) {
        entityManager.flush();
        return jdbc.sql("select version from app_user where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private String role(String username) {
        return jdbc.sql("select role from app_user where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private String lastLog() {
        entityManager.flush();
        return jdbc.sql("select actor_name || ' ' || kind || ' ' || subject || ' ' || coalesce(detail, 'null')"
                        + " from admin_log order by id desc limit 1")
                .query(String.class)
                .single();
    }
}
