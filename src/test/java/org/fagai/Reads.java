package org.fagai;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A page or an API answer read as text, expecting 200: the lookups many page and language tests make. */
public final class Reads {

    private Reads() {
    }

    /** The page at {@code path} as the signed-in session sees it. */
    public static String page(MockMvc mvc, String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The API's answer at {@code path} for a demo account (HTTP basic, the demo password). */
    public static String api(MockMvc mvc, String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, FagaiIntegrationTest.DEMO_PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
