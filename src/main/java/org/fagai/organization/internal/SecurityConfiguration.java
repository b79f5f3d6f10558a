package org.fagai.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fagai.organization.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two chains: the stateless JSON API under {@code /api} and the actuator (health public, the rest administrators
 * only; HTTP Basic, problem+json 401/403, no CSRF), then the
 * pages (form login, CSRF, 30-minute idle sessions). Role and region checks also live in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * All that an enterprise account reaches: the home page (its to-do list), its own enterprise, its demands and its
     * hazards' rectification, the policies it qualifies for (政策兑现); the services check that each record is its own. Every other page and API is closed to it.
     */
    private static final String[] ENTERPRISE_PAGES = {"/", "/enterprises/**", "/demands/**", "/safety/hazards/**",
            "/credit/repairs/**", "/credit/reports/**", "/policy-service/**"};
    private static final String[] ENTERPRISE_API = {"/api/v1/enterprises/**", "/api/v1/demands/**",
            "/api/v1/credit/repairs/**", "/api/v1/credit/reports/**",
            "/api/v1/safety/hazards/**", "/api/v1/todo", "/api/v1/policy-service/**"};
    private static final String[] COMMISSION_AND_OWNERS = java.util.Arrays.stream(Role.values())
            .filter(r -> r != Role.ENTERPRISE).map(Role::name).toArray(String[]::new);

    /**
     * The security headers are written before the request is handled, not on its way out: a download streamed by
     * another thread (a {@code StreamingResponseBody}) would otherwise write them from that thread when it commits the
     * response while the request's own thread writes them too, and a servlet response is not thread-safe
     * (spring-security#9175, #15510: corrupt headers on Tomcat, ConcurrentModificationException in MockMvc).
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> EAGER_HEADERS = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    private static final String PROBLEM = """
            {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(ENTERPRISE_API).authenticated()
                        .anyRequest().hasAnyRole(COMMISSION_AND_OWNERS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        writeProblem(response, HttpStatus.UNAUTHORIZED, "未认证",
                                e instanceof LockedException ? "账号已锁定，请15分钟后再试" : "请提供有效的用户名和密码（HTTP Basic）")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        writeProblem(response, HttpStatus.FORBIDDEN, "无权访问", "当前账号无权执行此操作")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.withObjectPostProcessor(EAGER_HEADERS));
        return http.build();
    }

    /**
     * Only a whole page is a place to return to after signing in: an htmx panel that a page fetched after its session
     * ended (or a POST) would otherwise become the landing page, a fragment without the layout.
     */
    private static HttpSessionRequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
        return cache;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, LoginAttempts attempts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/error/**", "/public/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(ENTERPRISE_PAGES).authenticated()
                        .anyRequest().hasAnyRole(COMMISSION_AND_OWNERS))
                .formLogin(form -> form.loginPage("/login").failureHandler(failureHandler(attempts)).permitAll())
                .requestCache(cache -> cache.requestCache(pageRequestCache()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'self'"))
                        .withObjectPostProcessor(EAGER_HEADERS));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler(LoginAttempts attempts) {
        return (request, response, e) -> {
            String username = request.getParameter("username");
            String reason = e instanceof DisabledException ? "disabled"
                    : e instanceof LockedException || (username != null && attempts.isLocked(username.trim())) ? "locked"
                    : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    private static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(PROBLEM.formatted(title, status.value(), detail));
    }
}
