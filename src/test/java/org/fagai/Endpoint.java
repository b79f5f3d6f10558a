package org.fagai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One request mapping of the platform (method, path pattern, handler), for tests that go over all of them. */
record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

    private static final Set<String> SKIPPED = Set.of("/login", "/logout", "/error");

    /** Every mapping under {@code /api/} (or every other one), except sign-in and file uploads (checked elsewhere). */
    static List<Endpoint> all(RequestMappingHandlerMapping mappings, boolean api) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") != api || SKIPPED.contains(pattern) || takesFiles(entry.getValue())) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
                }
            }
        }
        return endpoints;
    }

    boolean api() {
        return pattern.startsWith("/api/");
    }

    /** The handler's request parameters by the name a client sends. */
    Map<String, MethodParameter> requestParams() {
        Map<String, MethodParameter> params = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestParam.class)) {
                params.put(paramName(p), p);
            }
        }
        return params;
    }

    static String paramName(MethodParameter p) {
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        String name = param == null ? "" : !param.name().isEmpty() ? param.name() : param.value();
        if (name.isEmpty()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            name = p.getParameterName();
        }
        return name;
    }

    private static boolean takesFiles(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(p.getParameterType())
                    || p.getGenericParameterType().getTypeName().contains("MultipartFile")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
