package nl.ivbplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.ivbplanner.support.Browser;
import nl.ivbplanner.support.IvbIntegrationTest;
import nl.ivbplanner.support.Logins;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API keys: made and revoked on the user's page, shown once, stored as a hash, refused once revoked. */
@IvbIntegrationTest
class ApiKeyTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeKeys() {
        jdbc.sql("delete from api_key").update();
    }

    @Test
    void aKeyIsShownOnceStoredAsItsHashAndRefusedOnceRevoked() throws Exception {
        String page = mvc.perform(post("/api-sleutels")
                        .with(Logins.as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("naam", "Koppeling politiecijfers"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = Jsoup.parse(page).getElementById("sleutel").val();
        assertThat(token).startsWith("ivb_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select token_hash from api_key")
                        .query(String.class)
                        .single())
                .isEqualTo(ApiKey.hash(token))
                .doesNotContain(token);

        String listed = mvc.perform(get("/api-sleutels").with(Logins.as(jdbc, "adviseur.wassenaar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed)
                .contains("Koppeling politiecijfers", token.substring(0, 10))
                .doesNotContain(token);

        mvc.perform(get("/api/v1/bestaat-niet").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet gevonden"));
        assertThat(jdbc.sql("select last_used_at is not null from api_key")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        long id = jdbc.sql("select id from api_key").query(Long.class).single();
        mvc.perform(post("/api-sleutels/" + id + "/intrekken")
                        .with(Logins.as(jdbc, "adviseur.wassenaar"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/bestaat-niet").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.title").value("API-sleutel ongeldig"));
    }

    @Test
    void nobodyRevokesAnotherUsersKey() throws Exception {
        mvc.perform(post("/api-sleutels")
                .with(Logins.as(jdbc, "adviseur.wassenaar"))
                .with(csrf())
                .param("naam", "Eigen sleutel"));
        long id = jdbc.sql("select id from api_key").query(Long.class).single();
        mvc.perform(post("/api-sleutels/" + id + "/intrekken")
                        .with(Logins.as(jdbc, "manager.wassenaar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select revoked_at is null from api_key")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aKeyWithoutANameIsRefusedNextToTheField() throws Exception {
        String page = mvc.perform(post("/api-sleutels")
                        .with(Logins.as(jdbc, "adviseur.wassenaar"))
                        .with(csrf())
                        .param("naam", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("naam-fout").text()).isEqualTo("Geef de sleutel een naam.");
        assertThat(jdbc.sql("select count(*) from api_key").query(Long.class).single())
                .isZero();
    }

    @Test
    void aKeyStopsWhenItsUsersRoleChanges() throws Exception {
        String page = mvc.perform(post("/api-sleutels")
                        .with(Logins.as(jdbc, "manager.wassenaar"))
                        .with(csrf())
                        .param("naam", "Dashboard"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = Jsoup.parse(page).getElementById("sleutel").val();
        try {
            jdbc.sql("update app_user set role = 'COUNCIL' where username = 'manager.wassenaar'")
                    .update();
            mvc.perform(get("/api/v1/bestaat-niet").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        } finally {
            jdbc.sql("update app_user set role = 'MANAGER' where username = 'manager.wassenaar'")
                    .update();
        }
        mvc.perform(get("/api/v1/bestaat-niet").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    /**
     * An administrator who switches an account off revokes its keys for good: switching it on again does not bring
     * them back (the keys of an account that may have been taken over end with its sessions).
     */
    @Test
    void anAccountSwitchedOffLosesItsKeysForGood() throws Exception {
        String page = mvc.perform(post("/api-sleutels")
                        .with(Logins.as(jdbc, "adviseur.westland"))
                        .with(csrf())
                        .param("naam", "Koppeling"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = Jsoup.parse(page).getElementById("sleutel").val();
        long user = jdbc.sql("select id from app_user where username = 'adviseur.westland'")
                .query(Long.class)
                .single();
        try {
            for (String action : new String[] {"uitschakelen", "inschakelen"}) {
                long version = jdbc.sql("select version from app_user where id = ?")
                        .param(user)
                        .query(Long.class)
                        .single();
                mvc.perform(post("/beheer/gebruikers/" + user + "/" + action)
                                .with(Logins.as(jdbc, "beheerder"))
                                .with(csrf())
                                .param("version", String.valueOf(version)))
                        .andExpect(status().is3xxRedirection());
            }
            assertThat(jdbc.sql("select enabled from app_user where id = ?")
                            .param(user)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            mvc.perform(get("/api/v1/bestaat-niet").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
            assertThat(jdbc.sql("select revoked_at is not null from api_key")
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        } finally {
            jdbc.sql("update app_user set enabled = true where id = ?")
                    .param(user)
                    .update();
        }
    }

    /** A page that makes a signed-in browser post to the API writes nothing: only a key signs an API request in. */
    @Test
    void aBrowsersSessionCountsForNothingInTheApi() throws Exception {
        Browser browser = new Browser(port);
        browser.signIn("manager.wassenaar", IvbIntegrationTest.DEMO_PASSWORD);
        String session = browser.cookie("SESSION");
        assertThat(session).isNotBlank();
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://localhost:" + port
                                                        + "/api/v1/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2026/kpis/1/metingen"))
                                .header("Cookie", "SESSION=" + session)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("API-sleutel nodig");
        mvc.perform(get("/api/v1/bestaat-niet").header("Authorization", "Basic YWRtaW46YWRtaW4="))
                .andExpect(status().isUnauthorized());
    }
}
