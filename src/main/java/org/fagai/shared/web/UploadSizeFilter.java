package org.fagai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload over the multipart limits ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}) before anything else reads the request, Spring Security's CSRF check included: the API gets
 * {@code application/problem+json}, a page the {@code error/413} page, in the reader's language, never an empty body or the servlet
 * container's own page. The parts are parsed here, so a chunked upload without a length is measured too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class UploadSizeFilter extends OncePerRequestFilter {

    private final long maxFileBytes;
    private final long maxRequestBytes;

    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectProvider<JsonMapper> json;
    private final ObjectProvider<MessageSource> messages;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                     @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
                     ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales,
                     ObjectProvider<JsonMapper> json, ObjectProvider<MessageSource> messages) {
        this.json = json;
        this.messages = messages;
        this.templates = templates;
        this.locales = locales;
        this.maxFileBytes = maxFile.toBytes();
        this.maxRequestBytes = maxRequest.toBytes();
    }

    private String maxFileText() {
        return UploadLimits.megabytes(maxFileBytes);
    }

    private String maxRequestText() {
        return UploadLimits.megabytes(maxRequestBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (overLimit(e)) {
                refuse(request, response);
                return;
            }
            // any other malformed body is left to Spring's multipart resolver, as before
        }
        chain.doFilter(request, response);
    }

    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.endsWith("LimitExceededException") || name.equals("SizeException")
                    || name.equals("MaxUploadSizeExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** The error/413 page, rendered here: the request never reaches Spring MVC, nor Security, whose CSRF check needs the body. */
    private void page(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange, locale,
                Map.of("maxFileSize", maxFileText(), "maxRequestSize", maxRequestText()));
        templates.getObject().process("error/413", context, response.getWriter());
    }

    /** Refused in the request's language, resolved as Spring MVC would ({@link ReaderLocale}): it has not run yet. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = ReaderLocale.of(request, locales.getIfAvailable());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            page(request, response, locale);
            return;
        }
        MessageSource text = messages.getObject();
        String detail = text.getMessage("shared.problem.tooLargeLimits", new Object[] {maxFileText(), maxRequestText()}, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", text.getMessage("shared.problem.tooLarge", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        problem.put("maxFileSize", maxFileBytes);
        problem.put("maxRequestSize", maxRequestBytes);
        problem.put("errors", List.of(new ImportError(0, null, null, detail)));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.getObject().writeValueAsString(problem));
    }
}
