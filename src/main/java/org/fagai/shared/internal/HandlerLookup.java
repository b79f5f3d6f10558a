package org.fagai.shared.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC finds the handler of a path with a variable ({@code /projects/{code}}) by testing every one of the
 * platform's ~800 mappings against the request: ~6 % of the CPU of the month-end rush (JFR). Only a mapping whose first
 * path segment is the request's can match, so the test is skipped for the others; the match itself, its order and every
 * condition stay Spring's. A mapping whose first segment is not literal, or a request whose first segment is encoded or
 * carries parameters ({@code %}, {@code ;}), is tested as before.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    @Bean
    WebMvcRegistrations firstSegmentLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }

    static final class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

        /** A mapping that may match any first segment. */
        private static final Set<String> ANY = Set.of();

        private final ConcurrentMap<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();
        private final ThreadLocal<String> requestFirstSegment = new ThreadLocal<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            requestFirstSegment.set(firstSegment(lookupPath));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                requestFirstSegment.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String first = requestFirstSegment.get();
            if (first != null) {
                // a plain read first: computeIfAbsent locks the key's bin whenever the key is not the bin's first node
                Set<String> literal = firstSegments.get(info);
                if (literal == null) {
                    literal = firstSegments.computeIfAbsent(info, FirstSegmentHandlerMapping::literalFirstSegments);
                }
                if (literal != ANY && !literal.contains(first)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /** The request's first segment, or null (test every mapping) when it is encoded or carries parameters. */
        static String firstSegment(String lookupPath) {
            if (lookupPath == null || !lookupPath.startsWith("/") || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
                return null;
            }
            int end = lookupPath.indexOf('/', 1);
            return end < 0 ? lookupPath.substring(1) : lookupPath.substring(1, end);
        }

        /** The literal first segments of a mapping's patterns, or {@link #ANY} if one of them may match any. */
        static Set<String> literalFirstSegments(RequestMappingInfo info) {
            Set<String> patterns = info.getPatternValues();
            if (patterns.isEmpty()) {
                return ANY;
            }
            Set<String> literal = new HashSet<>();
            for (String pattern : patterns) {
                String first = firstSegment(pattern);
                if (first == null || first.isEmpty() || first.indexOf('{') >= 0 || first.indexOf('*') >= 0 || first.indexOf('?') >= 0) {
                    return ANY;
                }
                literal.add(first);
            }
            return Set.copyOf(literal);
        }
    }
}
