package org.fagai.shared.internal;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.fagai.shared.web.ReaderLocale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, before the application sees the request (a malformed %XX in the path, a request header over
 * {@code server.max-http-request-header-size}, an unknown transfer coding): a short text in the reader's language, a
 * small page or {@code application/problem+json} under {@code /api}, in place of Tomcat's English page. Anything the
 * application answered (every other error, through Boot's {@code /error}) has a body already and is left alone.
 */
final class ContainerErrorValve extends ErrorReportValve {

    private final ObjectProvider<MessageSource> messages;
    private final ObjectProvider<LocaleResolver> locales;

    ContainerErrorValve(ObjectProvider<MessageSource> messages, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String contextPath = request.getContext() == null ? "" : request.getContext().getPath();
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean api = uri.startsWith(contextPath + "/api/");
        Locale locale = locale(request, contextPath);
        MessageSource text = messages.getObject();
        String title = text.getMessage(status == 400 ? "shared.envelope.badRequest" : "shared.envelope.unhandledTitle", null, locale);
        String detail = status == 400 ? text.getMessage("shared.envelope.rejected", null, locale)
                : text.getMessage("shared.envelope.unhandled", new Object[] {String.valueOf(status)}, locale);
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status, title, detail) : page(status, title, detail, text.getMessage("shared.envelope.home", null, locale),
                        contextPath, locale));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing to tell anyone
        }
    }

    /** The app's choice ({@code ?lang=}, the cookie, an API client's Accept-Language); Chinese when the request is too broken to tell. */
    private Locale locale(Request request, String contextPath) {
        try {
            return ReaderLocale.of(new HttpServletRequestWrapper(request) {
                @Override
                public String getContextPath() {
                    return contextPath;
                }
            }, locales.getIfAvailable());
        } catch (RuntimeException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    private static String problem(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}";
    }

    /** Our own texts, never the request's: only a quote or a backslash could need escaping. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String page(int status, String title, String detail, String home, String contextPath, Locale locale) {
        return "<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><link rel=\"icon\" href=\"data:,\"></head><body><h1>" + status + " "
                + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(contextPath) + "/\">" + HtmlUtils.htmlEscape(home) + "</a></p></body></html>";
    }
}
