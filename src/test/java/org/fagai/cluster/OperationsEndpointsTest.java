package org.fagai.cluster;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@FagaiIntegrationTest
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthWithItsLivenessAndReadinessGroupsIsOpenToTheProbes() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void healthShowsNoDetailsToAnonymousCallers() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void prometheusMetricsNeedAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DEMO_PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void aSignedInNonAdministratorPageSessionDoesNotOpenTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus").session(Sessions.signIn(mvc, "leader"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("leader", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }
}
