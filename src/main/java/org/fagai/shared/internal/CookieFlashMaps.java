package org.fagai.shared.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flash attributes that are only texts (a "saved" sentence, a list of photo notes) travel to the redirect's target in a
 * signed cookie instead of the session: with Spring Session JDBC each flash kept in the session cost an attribute
 * insert before the redirect and a delete after it. The cookie's value is the maps as JSON (texts, target path and
 * parameters, expiry) with an HMAC-SHA256 over them and the session's id, keyed by a secret every instance reads from
 * PostgreSQL ({@code shared_flash_key}): a cookie is read only by the session it was written for and cannot be forged or
 * edited (a bad signature is ignored). Maps holding anything else (field errors, forms) and maps too large for a cookie
 * stay in the session as before.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class CookieFlashMaps extends SessionFlashMapManager {

    static final String COOKIE = "FAGAI_FLASH";
    /** Browsers keep at least 4,096 bytes per cookie, name and attributes included. */
    static final int MAX_VALUE = 3_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Stored>> STORED = new TypeReference<>() {
    };

    private final Supplier<byte[]> secret;
    private volatile SecretKeySpec key;

    @Autowired
    CookieFlashMaps(JdbcClient jdbc) {
        this(() -> jdbc.sql("SELECT secret FROM shared_flash_key WHERE id = 1").query(byte[].class).single());
    }

    CookieFlashMaps(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    /** One flash map as the cookie holds it. */
    record Stored(String path, Map<String, List<String>> params, long expires, Map<String, Object> texts) {
    }

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        // a copy: the caller removes maps from what it gets, and the session's own list must change only through
        // setAttribute, or Spring Session would not write the change
        List<FlashMap> inSession = super.retrieveFlashMaps(request);
        List<FlashMap> inCookie = read(request);
        if (inSession == null && inCookie.isEmpty()) {
            return null;
        }
        List<FlashMap> all = new ArrayList<>(inCookie);
        if (inSession != null) {
            all.addAll(inSession);
        }
        return all;
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        List<FlashMap> texts = session == null ? List.of() : flashMaps.stream().filter(CookieFlashMaps::textsOnly).toList();
        String written = texts.isEmpty() ? null : write(texts, session.getId());
        String value = written != null && written.length() <= MAX_VALUE ? written : null;
        if (value != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, Duration.ofSeconds(getFlashMapTimeout())));
        } else if (cookieValue(request) != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
        }
        List<FlashMap> rest = new ArrayList<>(flashMaps);
        if (value != null) {
            rest.removeIf(m -> texts.stream().anyMatch(t -> t == m));
        }
        if (!same(super.retrieveFlashMaps(request), rest)) {
            super.updateFlashMaps(rest, request, response);
        }
    }

    private static boolean textsOnly(FlashMap map) {
        return map.values().stream().allMatch(v -> v instanceof String
                || v instanceof List<?> list && list.stream().allMatch(String.class::isInstance));
    }

    /** The session's list is written only when it changes: moving a cookie's maps must not write the session. */
    private static boolean same(List<FlashMap> stored, List<FlashMap> rest) {
        List<FlashMap> before = stored == null ? List.of() : stored;
        if (before.size() != rest.size()) {
            return false;
        }
        for (int i = 0; i < rest.size(); i++) {
            if (before.get(i) != rest.get(i)) {
                return false;
            }
        }
        return true;
    }

    private String write(List<FlashMap> maps, String sessionId) {
        List<Stored> stored = maps.stream().map(m -> new Stored(m.getTargetRequestPath(), m.getTargetRequestParams(),
                m.getExpirationTime(), new LinkedHashMap<>(m))).toList();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(stored));
        return payload + "." + signature(payload, sessionId);
    }

    private List<FlashMap> read(HttpServletRequest request) {
        String value = cookieValue(request);
        HttpSession session = value == null ? null : request.getSession(false);
        int dot = value == null ? -1 : value.indexOf('.');
        if (session == null || dot < 0) {
            return List.of();
        }
        String payload = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(payload, session.getId()).getBytes(StandardCharsets.US_ASCII))) {
            return List.of();
        }
        List<FlashMap> maps = new ArrayList<>();
        for (Stored s : JSON.readValue(Base64.getUrlDecoder().decode(payload), STORED)) {
            FlashMap map = new FlashMap();
            map.setTargetRequestPath(s.path());
            map.addTargetRequestParams(new LinkedMultiValueMap<>(s.params()));
            map.setExpirationTime(s.expires());
            map.putAll(s.texts());
            maps.add(map);
        }
        return maps;
    }

    private String signature(String payload, String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            mac.update(sessionId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            k = new SecretKeySpec(secret.get(), "HmacSHA256");
            key = k;
        }
        return k;
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
        String path = StringUtils.hasText(request.getContextPath()) ? request.getContextPath() : "/";
        return ResponseCookie.from(COOKIE, value).path(path).httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                .maxAge(maxAge).build().toString();
    }
}
