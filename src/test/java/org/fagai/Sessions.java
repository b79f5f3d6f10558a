package org.fagai;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.Objects;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a demo account in through the real login form and returns its session, for page tests. */
public final class Sessions {

    /** Spring Session's cookie: the session itself lives in PostgreSQL. */
    public static final String COOKIE = "SESSION";

    private Sessions() {
    }

    /** A mock session carrying the sign-in's {@code SESSION} cookie (sent by {@link MockMvcSessionCookies}). */
    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        Cookie cookie = Objects.requireNonNull(
                mvc.perform(formLogin().user(username).password(FagaiIntegrationTest.DEMO_PASSWORD))
                        .andReturn().getResponse().getCookie(COOKIE), "no SESSION cookie after signing in " + username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(MockMvcSessionCookies.COOKIE_ATTRIBUTE, cookie);
        return session;
    }
}
