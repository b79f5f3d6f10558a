package org.fagai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.res.StringManager;
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
 * Refuses a request whose envelope is over the container's limits before anything else reads it, Spring Security's CSRF
 * check included: an upload over the multipart limits ({@code spring.servlet.multipart.*}) or with too many parts or too
 * long a part header ({@code server.tomcat.max-part-*}), a form over {@code server.tomcat.max-http-form-post-size}, more
 * parameters than {@code server.tomcat.max-parameter-count}, parameters that are not valid %XX/UTF-8, a JSON body
 * ({@code application/json}, {@code *+json}) whose length is over {@code fagai.api.max-json-body-size}. The API gets
 * {@code application/problem+json}, a page the {@code error/413} or {@code error/400} page, in the reader's language, never
 * an empty body, a 500 or the servlet container's own page. Parts and parameters are parsed here, so a chunked body
 * without a length is measured too; Tomcat keeps what it parsed for the rest of the request. A JSON body without a length
 * is passed on as a {@link BoundedBody}, whose reading fails past the limit: {@link ApiExceptionHandler} answers the same 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class UploadSizeFilter extends OncePerRequestFilter {

    /** A refusal: its status, its title and detail keys (bundle {@code i18n/shared}), the detail's arguments (texts). */
    private record Refusal(HttpStatus status, String title, String detail, Object... args) {
    }

    /** The multipart size limits: answered with both limits named, as before. */
    private static final Refusal UPLOAD_TOO_LARGE = new Refusal(HttpStatus.CONTENT_TOO_LARGE, null, null);

    private final long maxFileBytes;
    private final long maxRequestBytes;
    private final long maxFormBytes;
    private final int maxParameters;
    private final int maxParts;
    private final long maxPartHeaderBytes;
    private final long maxJsonBytes;
    /** Tomcat's own sentence for too many parameters, in the JVM's language as it formats it: the exception has no type of its own. */
    private final String tooManyParameters;

    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectProvider<JsonMapper> json;
    private final ObjectProvider<MessageSource> messages;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                     @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
                     @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxForm,
                     @Value("${server.tomcat.max-parameter-count:1000}") int maxParameters,
                     @Value("${server.tomcat.max-part-count:50}") int maxParts,
                     @Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeader,
                     @Value("${fagai.api.max-json-body-size:2MB}") DataSize maxJson,
                     ObjectProvider<ITemplateEngine> templates, ObjectProvider<LocaleResolver> locales,
                     ObjectProvider<JsonMapper> json, ObjectProvider<MessageSource> messages) {
        this.json = json;
        this.messages = messages;
        this.templates = templates;
        this.locales = locales;
        this.maxFileBytes = maxFile.toBytes();
        this.maxRequestBytes = maxRequest.toBytes();
        this.maxFormBytes = maxForm.toBytes();
        this.maxParameters = maxParameters;
        this.maxParts = maxParts;
        this.maxPartHeaderBytes = maxPartHeader.toBytes();
        this.maxJsonBytes = maxJson.toBytes();
        this.tooManyParameters = StringManager.getManager("org.apache.tomcat.util.http")
                .getString("parameters.maxCountFail", Integer.valueOf(maxParameters));
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
        Refusal refusal = refusal(request);
        if (refusal != null) {
            refuse(request, response, refusal);
            return;
        }
        boolean unmeasured = maxJsonBytes >= 0 && isJson(request) && request.getContentLengthLong() < 0;
        chain.doFilter(unmeasured ? new BoundedBody(request, maxJsonBytes) : request, response);
    }

    private Refusal refusal(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            if (request.getContentLengthLong() > maxRequestBytes) {
                return UPLOAD_TOO_LARGE;
            }
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                // any other malformed body is left to Spring's multipart resolver, as before
                return overLimit(e);
            }
        } else if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) && maxFormBytes >= 0
                && request.getContentLengthLong() > maxFormBytes) {
            return formTooLarge();
        } else if (maxJsonBytes >= 0 && isJson(request) && request.getContentLengthLong() > maxJsonBytes) {
            return jsonTooLarge();
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            return badParameters(e);
        }
        return null;
    }

    private Refusal formTooLarge() {
        return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "shared.envelope.formTooLargeTitle", "shared.envelope.formTooLarge",
                UploadLimits.megabytes(maxFormBytes));
    }

    /** {@code application/json} or a {@code +json} type ({@code application/merge-patch+json}), parameters aside. */
    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        int parameters = type.indexOf(';');
        String media = (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
        return media.equals(MediaType.APPLICATION_JSON_VALUE) || media.endsWith("+json");
    }

    /** The same title and detail as {@link ApiExceptionHandler} gives a chunked JSON body that passes the limit. */
    private Refusal jsonTooLarge() {
        return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "shared.envelope.formTooLargeTitle", "shared.envelope.jsonTooLarge",
                UploadLimits.megabytes(maxJsonBytes));
    }

    /** Tomcat's parameter parsing failed: a form over the limit without a length (chunked), too many, or badly encoded. */
    private Refusal badParameters(IllegalStateException e) {
        if (e instanceof InvalidParameterException invalid && invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return formTooLarge();
        }
        if (tooManyParameters.equals(e.getMessage())) {
            return new Refusal(HttpStatus.BAD_REQUEST, "shared.envelope.badRequest", "shared.envelope.tooManyParameters",
                    String.valueOf(maxParameters));
        }
        return new Refusal(HttpStatus.BAD_REQUEST, "shared.envelope.badRequest", "shared.envelope.malformed");
    }

    private Refusal overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileCountLimitExceededException) {
                return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "shared.problem.upload", "shared.envelope.tooManyParts",
                        String.valueOf(maxParts));
            }
            if (t instanceof SizeException size && size.getPermittedSize() == maxPartHeaderBytes) {
                return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "shared.problem.upload", "shared.envelope.partHeaderTooLarge",
                        String.valueOf(maxPartHeaderBytes));
            }
            String name = t.getClass().getSimpleName();
            if (name.endsWith("LimitExceededException") || name.equals("SizeException")
                    || name.equals("MaxUploadSizeExceededException")) {
                return UPLOAD_TOO_LARGE;
            }
        }
        return null;
    }

    /** The error page, rendered here: the request never reaches Spring MVC, nor Security, whose CSRF check needs the body. */
    private void page(HttpServletRequest request, HttpServletResponse response, Locale locale, Refusal refusal) throws IOException {
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        Map<String, Object> model = new HashMap<>(Map.of("maxFileSize", maxFileText(), "maxRequestSize", maxRequestText()));
        if (refusal.detail() != null) {
            MessageSource text = messages.getObject();
            model.put("title", text.getMessage(refusal.title(), null, locale));
            model.put("detail", text.getMessage(refusal.detail(), refusal.args(), locale));
            model.put("status", refusal.status().value());
        }
        templates.getObject().process("error/" + refusal.status().value(), new WebContext(exchange, locale, model), response.getWriter());
    }

    /** Refused in the request's language, resolved as Spring MVC would ({@link ReaderLocale}): it has not run yet. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        Locale locale = ReaderLocale.of(request, locales.getIfAvailable());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            page(request, response, locale, refusal);
            return;
        }
        MessageSource text = messages.getObject();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        if (refusal.detail() == null) {
            String detail = text.getMessage("shared.problem.tooLargeLimits", new Object[] {maxFileText(), maxRequestText()}, locale);
            problem.put("title", text.getMessage("shared.problem.tooLarge", null, locale));
            problem.put("status", refusal.status().value());
            problem.put("detail", detail);
            problem.put("instance", path);
            problem.put("maxFileSize", maxFileBytes);
            problem.put("maxRequestSize", maxRequestBytes);
            problem.put("errors", List.of(new ImportError(0, null, null, detail)));
        } else {
            problem.put("title", text.getMessage(refusal.title(), null, locale));
            problem.put("status", refusal.status().value());
            problem.put("detail", text.getMessage(refusal.detail(), refusal.args(), locale));
            problem.put("instance", path);
        }
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.getObject().writeValueAsString(problem));
    }
}
