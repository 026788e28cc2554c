package nl.ivbplanner.security;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@IvbIntegrationTest
class AccessAndLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAnonymousVisitorsOfAPrivatePageToTheLogin() throws Exception {
        mvc.perform(get("/gemeenten/wassenaar")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void showsTheLoginPageInDutchWithSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"nl\"")))
                .andExpect(content().string(containsString("Gebruikersnaam")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void showsADutchErrorForAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("adviseur.rijswijk").password("fout"))
                .andExpect(redirectedUrl("/login?fout"));
        mvc.perform(get("/login").param("fout", ""))
                .andExpect(
                        content().string(containsString("De combinatie van gebruikersnaam en wachtwoord is onjuist")));
        resetFailedLogins("adviseur.rijswijk");
    }

    @ParameterizedTest
    @CsvSource({
        "adviseur.wassenaar",
        "manager.rijswijk",
        "raadslid.westland",
        "adviseur.leidschendam-voorburg",
        "beheerder"
    })
    void letsEveryDemoAccountSignIn(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsAndSaysNothingAnUnknownNameWouldNot() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user("manager.westland").password("geraden" + attempt))
                    .andExpect(redirectedUrl("/login?fout"));
        }
        mvc.perform(formLogin("/login").user("manager.westland").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?fout"));
        mvc.perform(formLogin("/login").user("bestaat.niet").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?fout"));
        mvc.perform(get("/login").param("fout", ""))
                .andExpect(content().string(containsString("na vijf mislukte pogingen 15 minuten geblokkeerd")));
        resetFailedLogins("manager.westland");
        mvc.perform(formLogin("/login").user("manager.westland").password(IvbIntegrationTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({
        "adviseur.wassenaar, wassenaar, 200",
        "adviseur.wassenaar, rijswijk, 403",
        "manager.rijswijk, rijswijk, 200",
        "manager.rijswijk, westland, 403",
        "raadslid.westland, westland, 200",
        "raadslid.westland, leidschendam-voorburg, 403",
        "beheerder, leidschendam-voorburg, 200",
        "beheerder, bestaat-niet, 404"
    })
    void checksEveryMunicipalityPageOnTheServer(String username, String slug, int expected) throws Exception {
        mvc.perform(get("/gemeenten/{slug}", slug).with(as(jdbc, username))).andExpect(status().is(expected));
    }

    @Test
    void showsDutchErrorPagesWithoutTechnicalDetails() throws Exception {
        mvc.perform(get("/gemeenten/rijswijk").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(status().isForbidden());
        // MockMvc does not forward to the error page itself; the error controller renders it.
        mvc.perform(get("/error")
                        .with(as(jdbc, "adviseur.wassenaar"))
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("geheime details")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Pagina niet gevonden")))
                .andExpect(content().string(not(containsString("geheime details"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    @Transactional
    void hidesConceptPlansFromCouncilMembers() throws Exception {
        String concept = "Uitvoeringsplan Integraal Veiligheidsbeleid Wassenaar 2026";
        assertThat(jdbc.sql("select state from execution_plan where title = ?")
                        .param(concept)
                        .query(String.class)
                        .single())
                .isEqualTo("CONCEPT");
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "adviseur.wassenaar")))
                .andExpect(content().string(containsString(concept)));
        mvc.perform(get("/gemeenten/wassenaar").with(as(jdbc, "raadslid.wassenaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(concept))))
                .andExpect(content().string(containsString("Uitvoeringsplan Integraal Veiligheidsbeleid 2025")));
    }

    @Test
    void refusesAPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(as(jdbc, "adviseur.wassenaar"))).andExpect(status().isForbidden());
    }

    private void resetFailedLogins(String username) {
        jdbc.sql("update app_user set failed_login_attempts = 0, locked_until = null where username = ?")
                .param(username)
                .update();
    }
}
