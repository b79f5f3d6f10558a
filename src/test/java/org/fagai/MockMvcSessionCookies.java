package org.fagai;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Sessions live in PostgreSQL (Spring Session), found by their {@code SESSION} cookie, so a {@code MockHttpSession}
 * passed with {@code .session(…)} is invisible to them. {@link Sessions#signIn} keeps the cookie in the mock session;
 * this sends it with every request made with that session, so page tests keep their {@code .session(…)} style.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessionCookies {

    static final String COOKIE_ATTRIBUTE = MockMvcSessionCookies.class.getName() + ".cookie";

    @Bean
    MockMvcBuilderCustomizer sessionCookieFromMockSession() {
        return builder -> builder.defaultRequest(get("/").with(request -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(COOKIE_ATTRIBUTE) instanceof Cookie cookie) {
                List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
                if (cookies.stream().noneMatch(c -> c.getName().equals(cookie.getName()))) {
                    cookies.add(cookie);
                    request.setCookies(cookies.toArray(Cookie[]::new));
                }
            }
            return request;
        }));
    }
}
