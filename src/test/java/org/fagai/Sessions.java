package org.fagai;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a demo account in through the real login form and returns its session, for page tests. */
public final class Sessions {

    private Sessions() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(FagaiIntegrationTest.DEMO_PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
