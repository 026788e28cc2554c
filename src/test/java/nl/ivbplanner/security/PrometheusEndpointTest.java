package nl.ivbplanner.security;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ivbplanner.support.IvbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The metrics in Prometheus's format: answered to a scraper on the instance's own network without signing in, refused
 * to anyone from outside it, signed in or not.
 */
@IvbIntegrationTest
class PrometheusEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScraperOnThePrivateNetworkReadsTheMetrics() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(from("172.18.0.5")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void nobodyFromOutsideReadsThem() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus").with(from("203.0.113.5")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        mvc.perform(get("/actuator/prometheus").with(from("203.0.113.5")).with(as(jdbc, "beheerder")))
                .andExpect(status().isForbidden());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
