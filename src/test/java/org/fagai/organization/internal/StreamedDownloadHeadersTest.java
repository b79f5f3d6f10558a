package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A download streamed by another thread ({@code StreamingResponseBody}, here the key-project export) while the request's
 * own thread leaves the filter chain: the security headers are written once, before the handler, so the two threads
 * never write the response's headers at once (before: a ConcurrentModificationException in about one request of 150,
 * on Tomcat corrupt headers).
 */
@FagaiIntegrationTest
class StreamedDownloadHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStreamedDownloadKeepsItsSecurityHeadersWithoutARace() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        for (int i = 0; i < 400; i++) {
            MvcResult started = mvc.perform(get("/projects/export").session(city)).andReturn();
            MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).startsWith('P', 'K');
            assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
            assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.getHeaders("Cache-Control")).hasSize(1);
        }
    }
}
