package org.fagai.organization.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * One read of the session row per request instead of two. Spring Session's filter saves the session when the response
 * is committed (a redirect, the page's flush) and again when the filter ends; the first save clears the filter's copy of
 * the requested session, so the second one reads the row back ({@code findById}: the row, its attributes, the security
 * context deserialized) only to compare the requested id with the session's. The repository is wrapped so that, within
 * one request, a read of the id it has just saved answers the saved session itself ({@link RequestSessionReads});
 * the scope is opened by a filter just outside Spring Session's and closed when the request ends, so nothing is kept
 * from one request to the next and every request's first read still goes to PostgreSQL (sign-out, locks and expiry
 * on any instance are seen as before).
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOnce {

    @Bean
    static BeanPostProcessor sessionReadsOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FindByIndexNameSessionRepository<?> repository
                        && !(bean instanceof RequestSessionReads<?>)
                        ? new RequestSessionReads(repository) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> sessionReadScope() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            Map<String, Session> outer = RequestSessionReads.open();
            try {
                chain.doFilter(request, response);
            } finally {
                RequestSessionReads.close(outer);
            }
        });
        registration.setName("sessionReadScope");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
