package nl.ivbplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.KeptSession;
import nl.ivbplanner.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions are rows in PostgreSQL (Spring Session JDBC): a sign-in writes one, signing out removes it, and reading
 * pages with it costs a fixed few statements and writes nothing for a minute, so that kept renderings stay valid
 * (SessionsInDatabase).
 */
@IvbIntegrationTest
class SessionsInDatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void aSignInIsARowOfItsUserWithANewIdAndSigningOutRemovesIt() throws Exception {
        KeptSession browser = new KeptSession(mvc);
        browser.perform(get("/login")).andExpect(status().isOk());
        String before = browser.id();
        assertThat(before).isNotNull();

        browser.perform(formLogin("/login").user("manager.westland").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        // session fixation: the id a visitor had before signing in is worth nothing after it
        assertThat(browser.id()).isNotEqualTo(before);
        assertThat(principalOf(before)).isNull();
        assertThat(principalOf(browser.id())).isEqualTo("manager.westland");
        browser.perform(get("/gemeenten/westland")).andExpect(status().isOk());

        String signedIn = browser.id();
        browser.perform(logout("/logout")).andExpect(redirectedUrl("/login?afgemeld"));
        assertThat(principalOf(signedIn)).isNull();
        browser.perform(get("/gemeenten/westland")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void readingPagesWithASessionReadsItAndWritesNothingWithinAMinute() throws Exception {
        KeptSession browser = new KeptSession(mvc);
        browser.perform(formLogin("/login").user("adviseur.westland").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        // the first page after signing in stores the session's new CSRF token (for the header's logout form)
        browser.perform(get("/gemeenten/westland")).andExpect(status().isOk());
        long lastAccess = lastAccessOf(browser.id());

        int statements = counter.countSessionStatements(
                () -> browser.perform(get("/gemeenten/westland")).andExpect(status().isOk()));

        // the session read by Spring Session's filter, again by the check whether an administrator ended it
        // (ConcurrentSessionFilter), the update of its last access, which changes no row while the stored one is less
        // than a minute old, and Spring Session's read after saving, whether the cookie's id is still valid
        assertThat(statements).isEqualTo(4);
        assertThat(lastAccessOf(browser.id())).isEqualTo(lastAccess);
    }

    @Test
    void theLastAccessIsWrittenWhenTheStoredOneIsAMinuteOld() throws Exception {
        KeptSession browser = new KeptSession(mvc);
        browser.perform(formLogin("/login").user("raadslid.westland").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000, expiry_time = expiry_time"
                        + " - 61000 where session_id = ?")
                .param(browser.id())
                .update();
        long stored = lastAccessOf(browser.id());

        browser.perform(get("/gemeenten/westland")).andExpect(status().isOk());

        assertThat(lastAccessOf(browser.id())).isGreaterThanOrEqualTo(stored + 61000);
    }

    @Test
    void theStoredSessionHoldsNoPasswordHash() throws Exception {
        KeptSession browser = new KeptSession(mvc);
        browser.perform(formLogin("/login").user("manager.westland").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        browser.perform(get("/gemeenten/westland")).andExpect(status().isOk());
        String attributes = "select count(*) from spring_session_attributes a"
                + " join spring_session s on s.primary_id = a.session_primary_id"
                + " join app_user u on u.username = 'manager.westland' where s.session_id = ?";

        assertThat(jdbc.sql(attributes).param(browser.id()).query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql(attributes + " and position(convert_to(u.password_hash, 'UTF8') in a.attribute_bytes) > 0")
                        .param(browser.id())
                        .query(Integer.class)
                        .single())
                .as("session attributes holding the user's password hash")
                .isZero();
    }

    private String principalOf(String sessionId) {
        return jdbc.sql("select principal_name from spring_session where session_id = ?")
                .param(sessionId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long lastAccessOf(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(sessionId)
                .query(Long.class)
                .single();
    }
}
