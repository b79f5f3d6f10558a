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
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Sessions live in PostgreSQL (Spring Session), found by their {@code SESSION} cookie, so a {@code MockHttpSession}
 * passed with {@code .session(…)} is invisible to them. {@link Sessions#signIn} keeps the cookie in the mock session;
 * this sends it with every request made with that session, so page tests keep their {@code .session(…)} style. The flash
 * cookie a response sets (a message for the redirect's target) is kept and sent the same way, as a browser would, until
 * a response deletes it.
 */
@TestConfiguration(proxyBeanMethods = false)
class MockMvcSessionCookies {

    static final String COOKIE_ATTRIBUTE = MockMvcSessionCookies.class.getName() + ".cookie";
    private static final String FLASH = "FAGAI_FLASH";
    private static final String FLASH_ATTRIBUTE = MockMvcSessionCookies.class.getName() + ".flash";

    @Bean
    MockMvcBuilderCustomizer sessionCookieFromMockSession() {
        return builder -> builder.defaultRequest(get("/").with(request -> {
            HttpSession session = request.getSession(false);
            if (session != null) {
                send(request, session.getAttribute(COOKIE_ATTRIBUTE));
                send(request, session.getAttribute(FLASH_ATTRIBUTE));
            }
            return request;
        })).alwaysDo(result -> {
            HttpSession session = result.getRequest().getSession(false);
            Cookie flash = result.getResponse().getCookie(FLASH);
            if (session != null && flash != null) {
                if (flash.getValue().isEmpty() || flash.getMaxAge() == 0) {
                    session.removeAttribute(FLASH_ATTRIBUTE);
                } else {
                    session.setAttribute(FLASH_ATTRIBUTE, flash);
                }
            }
        });
    }

    private static void send(MockHttpServletRequest request, Object kept) {
        if (kept instanceof Cookie cookie) {
            List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
            if (cookies.stream().noneMatch(c -> c.getName().equals(cookie.getName()))) {
                cookies.add(cookie);
                request.setCookies(cookies.toArray(Cookie[]::new));
            }
        }
    }
}
