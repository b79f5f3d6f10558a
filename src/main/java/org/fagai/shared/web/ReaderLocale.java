package org.fagai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How a request's language is chosen: {@code ?lang=} (remembered in the {@value #COOKIE} cookie), else that cookie, else
 * for an API client its {@code Accept-Language} (English when it prefers English to Chinese), else Chinese. Pages stay
 * Chinese first whatever the browser says: a reader switches with the header's language links.
 */
public final class ReaderLocale {

    public static final String PARAM = "lang";
    public static final String COOKIE = "FAGAI_LANG";

    private ReaderLocale() {
    }

    /** The language when the reader chose none (no {@code lang}, no cookie). */
    public static Locale byDefault(HttpServletRequest request) {
        if (isApi(request) && request.getHeader("Accept-Language") != null) {
            for (Enumeration<Locale> preferred = request.getLocales(); preferred.hasMoreElements(); ) {
                String language = preferred.nextElement().getLanguage();
                if (language.equals(Locale.CHINESE.getLanguage())) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (language.equals(Locale.ENGLISH.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The language of a request Spring MVC has not seen yet (a filter before its locale interceptor): the query's
     * {@code lang}, else what the app's resolver says (the cookie, then {@link #byDefault}).
     */
    public static Locale of(HttpServletRequest request, LocaleResolver resolver) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && PARAM.equals(pair.substring(0, equals))) {
                    try {
                        Locale chosen = StringUtils.parseLocale(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                        if (chosen != null) {
                            return chosen;
                        }
                    } catch (IllegalArgumentException e) {
                        // a malformed lang is ignored, as the resolver would
                    }
                }
            }
        }
        return resolver == null ? byDefault(request) : resolver.resolveLocale(request);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
