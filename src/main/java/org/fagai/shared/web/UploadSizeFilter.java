package org.fagai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload over the multipart limits ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}) before anything else reads the request, Spring Security's CSRF check included: the API gets
 * {@code application/problem+json}, a page the Chinese {@code error/413} page, never an empty body or the servlet
 * container's own page. The parts are parsed here, so a chunked upload without a length is measured too.
 */
@Component("uploadSizes")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class UploadSizeFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxFileBytes;
    private final long maxRequestBytes;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                     @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.maxFileBytes = maxFile.toBytes();
        this.maxRequestBytes = maxRequest.toBytes();
    }

    /** The limits as people read them, e.g. "单个文件 10MB，一次上传合计 12MB". */
    public String limitText() {
        return "单个文件 " + maxFileText() + "，一次上传合计 " + maxRequestText();
    }

    /** The per-file limit, e.g. "10MB" (shown on the 413 page). */
    public String maxFileText() {
        return UploadLimits.megabytes(maxFileBytes);
    }

    public String maxRequestText() {
        return UploadLimits.megabytes(maxRequestBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
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

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "上传文件超过大小限制（" + limitText() + "），已拒绝";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "文件过大");
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", detail);
        problem.put("instance", path);
        problem.put("maxFileSize", maxFileBytes);
        problem.put("maxRequestSize", maxRequestBytes);
        problem.put("errors", List.of(new ImportError(0, null, null, detail)));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
