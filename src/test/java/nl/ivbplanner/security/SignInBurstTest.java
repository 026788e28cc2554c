package nl.ivbplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Thirty wrong passwords for one account at the same moment: each attempt is counted before its password is checked,
 * so exactly five are let through to the check and the account is locked; every attempt gets the same answer, none
 * a 500, and the right password is refused afterwards as well.
 */
@IvbIntegrationTest
class SignInBurstTest {

    private static final String ACCOUNT = "raadslid.leidschendam-voorburg";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void unlock() {
        jdbc.sql("update app_user set failed_login_attempts = 0, locked_until = null where username = ?")
                .param(ACCOUNT)
                .update();
    }

    @Test
    void thirtyParallelGuessesLetFiveThroughAndLockTheAccount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String password = "geraden-" + i;
                guesses.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(formLogin("/login").user(ACCOUNT).password(password))
                            .andReturn()
                            .getResponse();
                }));
            }
            start.countDown();
            for (Future<MockHttpServletResponse> guess : guesses) {
                MockHttpServletResponse response = guess.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/login?fout");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select failed_login_attempts from app_user where username = ?")
                        .param(ACCOUNT)
                        .query(Integer.class)
                        .single())
                .as("guesses let through to the password check")
                .isEqualTo(5);
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from app_user where username = ?")
                        .param(ACCOUNT)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(mvc.perform(formLogin("/login").user(ACCOUNT).password(IvbIntegrationTest.DEMO_PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?fout");
    }
}
