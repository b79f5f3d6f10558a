package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

/** Flash texts ride a signed cookie bound to the session; anything else, or anything too large, stays in the session. */
class CookieFlashMapsTest {

    private static final String IN_SESSION = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

    private final CookieFlashMaps flash = new CookieFlashMaps(() -> "一个测试用的密钥-a test key".getBytes(StandardCharsets.UTF_8));
    private final MockHttpSession session = new MockHttpSession();

    private static FlashMap saved(String target, Object... attributes) {
        FlashMap map = new FlashMap();
        map.setTargetRequestPath(target);
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        return map;
    }

    private MockHttpServletResponse write(FlashMap map, MockHttpSession in) {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/projects/report");
        post.setSession(in);
        MockHttpServletResponse response = new MockHttpServletResponse();
        flash.saveOutputFlashMap(map, post, response);
        return response;
    }

    private static MockHttpServletRequest get(String path, MockHttpSession in, String cookie) {
        MockHttpServletRequest get = new MockHttpServletRequest("GET", path);
        get.setSession(in);
        if (cookie != null) {
            get.setCookies(new Cookie(CookieFlashMaps.COOKIE, cookie));
        }
        return get;
    }

    /** A flash map as the page sees it: its attributes. */
    private static Map<String, Object> shown(FlashMap map) {
        return map;
    }

    private static String setCookie(MockHttpServletResponse response) {
        String header = response.getHeader(HttpHeaders.SET_COOKIE);
        return header == null ? null : header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }

    @Test
    void textsTravelInTheCookieAndTheSessionIsNotWritten() {
        MockHttpServletResponse posted = write(saved("/projects/P1", "saved", "2026-11 进度已填报",
                "photoNotes", List.of("照片 a.jpg 已保存", "照片 b.jpg 无拍摄时间")), session);

        assertThat(Collections.list(session.getAttributeNames())).doesNotContain(IN_SESSION);
        assertThat(posted.getHeader(HttpHeaders.SET_COOKIE)).contains("HttpOnly", "SameSite=Lax", "Max-Age=180", "Path=/");

        MockHttpServletResponse shown = new MockHttpServletResponse();
        Map<String, Object> read = flash.retrieveAndUpdate(get("/projects/P1", session, setCookie(posted)), shown);
        assertThat(read).containsEntry("saved", "2026-11 进度已填报")
                .containsEntry("photoNotes", List.of("照片 a.jpg 已保存", "照片 b.jpg 无拍摄时间"));
        assertThat(shown.getHeader(HttpHeaders.SET_COOKIE)).startsWith(CookieFlashMaps.COOKIE + "=;").contains("Max-Age=0");
        assertThat(Collections.list(session.getAttributeNames())).doesNotContain(IN_SESSION);
    }

    @Test
    void aRequestToAnotherPageLeavesTheMessageForItsTarget() {
        String cookie = setCookie(write(saved("/projects/P1", "saved", "已保存"), session));
        MockHttpServletResponse other = new MockHttpServletResponse();
        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P2", session, cookie), other))).isNull();
        assertThat(other.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P1", session, cookie), new MockHttpServletResponse())))
                .containsEntry("saved", "已保存");
    }

    @Test
    void anEditedCookieOrOneWrittenForAnotherSessionIsIgnored() {
        String cookie = setCookie(write(saved("/projects/P1", "saved", "已保存"), session));
        String payload = cookie.substring(0, cookie.indexOf('.'));
        String edited = payload.substring(0, payload.length() - 2) + (payload.endsWith("A") ? "BB" : "AA") + cookie.substring(cookie.indexOf('.'));

        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P1", session, edited), new MockHttpServletResponse()))).isNull();
        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P1", new MockHttpSession(), cookie), new MockHttpServletResponse()))).isNull();
        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P1", null, cookie), new MockHttpServletResponse()))).isNull();
    }

    @Test
    void anotherInstanceReadsItWithTheSharedKeyButNotWithAnother() {
        String cookie = setCookie(write(saved("/projects/P1", "saved", "已保存"), session));
        CookieFlashMaps sameKey = new CookieFlashMaps(() -> "一个测试用的密钥-a test key".getBytes(StandardCharsets.UTF_8));
        CookieFlashMaps otherKey = new CookieFlashMaps(() -> "another key".getBytes(StandardCharsets.UTF_8));

        assertThat(shown(otherKey.retrieveAndUpdate(get("/projects/P1", session, cookie), new MockHttpServletResponse()))).isNull();
        assertThat(shown(sameKey.retrieveAndUpdate(get("/projects/P1", session, cookie), new MockHttpServletResponse())))
                .containsEntry("saved", "已保存");
    }

    @Test
    void anythingButTextsStaysInTheSessionAsBefore() {
        MockHttpServletResponse posted = write(saved("/funds/7", "saved", "已保存", "errors", List.of("field", 3)), session);

        assertThat(posted.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(session.getAttribute(IN_SESSION)).asList().hasSize(1);
        assertThat(shown(flash.retrieveAndUpdate(get("/funds/7", session, null), new MockHttpServletResponse())))
                .containsEntry("saved", "已保存").containsKey("errors");
        assertThat(session.getAttribute(IN_SESSION)).isNull();
    }

    @Test
    void aRequestWithoutASessionGetsOneAsBeforeAndTheCookieIsBoundToIt() {
        MockHttpServletRequest anonymous = new MockHttpServletRequest("POST", "/login");
        String cookie = setCookie(flashed(anonymous, saved("/login", "saved", "已退出")));

        MockHttpSession created = (MockHttpSession) anonymous.getSession(false);
        assertThat(created).as("created by Spring's flash manager, as before").isNotNull();
        assertThat(shown(flash.retrieveAndUpdate(get("/login", created, cookie), new MockHttpServletResponse())))
                .containsEntry("saved", "已退出");
    }

    @Test
    void aMessageTooLargeForACookieStaysInTheSession() {
        MockHttpServletResponse large = write(saved("/projects/P1", "saved", "长".repeat(1_500)), session);
        assertThat(large.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(session.getAttribute(IN_SESSION)).asList().hasSize(1);
        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P1", session, null), new MockHttpServletResponse())))
                .containsEntry("saved", "长".repeat(1_500));
    }

    private MockHttpServletResponse flashed(MockHttpServletRequest request, FlashMap map) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        flash.saveOutputFlashMap(map, request, response);
        return response;
    }

    @Test
    void aCookieMessageAndASessionMessageLiveSideBySide() {
        write(saved("/funds/7", "errors", List.of(1, 2)), session);
        Object sessionList = session.getAttribute(IN_SESSION);
        String cookie = setCookie(write(saved("/projects/P1", "saved", "已保存"), session));

        assertThat(session.getAttribute(IN_SESSION)).as("the session's list is not written again").isSameAs(sessionList);
        assertThat(shown(flash.retrieveAndUpdate(get("/projects/P1", session, cookie), new MockHttpServletResponse())))
                .containsEntry("saved", "已保存");
        assertThat(shown(flash.retrieveAndUpdate(get("/funds/7", session, null), new MockHttpServletResponse())))
                .containsEntry("errors", List.of(1, 2));
        assertThat(session.getAttribute(IN_SESSION)).isNull();
    }
}
