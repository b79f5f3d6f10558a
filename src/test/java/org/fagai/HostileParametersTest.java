package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * Every GET and POST/PUT mapping of the platform, API (HTTP Basic) and pages (session), is sent hostile values:
 * out-of-range years, months, pages and sizes to every parameter that has those names, extreme numbers to every
 * other number parameter, and 1 MB strings to every text field of JSON bodies and forms. None may answer 5xx;
 * an API 400 is problem+json.
 */
@FagaiIntegrationTest
class HostileParametersTest {

    private static final String MEGABYTE = "长".repeat(1_000_000 / 3);
    private static final String NUL = "甲\u0000乙";
    private static final String NUL_TEXTS = "NUL in texts";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** Hostile values by parameter name; any other number parameter gets {@link #HOSTILE_NUMBERS}. */
    private static final Map<String, List<String>> HOSTILE = Map.of(
            "year", List.of("-1", "0", "2147483647", "abc"),
            "month", List.of("-0001-01", "2023-13", "garbage", "0000-00"),
            "page", List.of("2147483647", "-1"),
            "size", List.of("0", "-5", "100000", "2147483647"),
            "period", List.of("-0001-01", "0999-06", "9999Q4", "2023-13"),
            "from", List.of("-0001-01-01", "+999999-01-01", "2023-02-30", "garbage"),
            "to", List.of("-0001-01-01", "+999999-01-01", "garbage"),
            "keyword", List.of("甲\u0000乙", "%_\\'"));
    private static final List<String> HOSTILE_NUMBERS = List.of("2147483647", "-2147483648");

    /** What a required parameter gets while another one is being attacked. */
    private static final Map<String, String> SANE = Map.of(
            "year", "2023", "month", "2023-06", "period", "2023-06", "from", "2023-01-01", "to", "2023-12-31",
            "workingDays", "5", "workingHours", "8", "type", "license");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noApiEndpointAnswers5xxToHostileParametersOrBodies() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String user : List.of("city", "admin")) {
            attackAll(true, user, null, failures);
        }
        assertThat(failures).as("hostile API requests answered 5xx or without problem+json").isEmpty();
    }

    @Test
    void noPageAnswers5xxToHostileParametersOrForms() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String user : List.of("city", "admin")) {
            attackAll(false, user, Sessions.signIn(mvc, user), failures);
        }
        assertThat(failures).as("hostile page requests answered 5xx").isEmpty();
    }

    private void attackAll(boolean api, String user, MockHttpSession session, List<String> failures) throws Exception {
        List<Endpoint> endpoints = Endpoint.all(mappings, api);
        assertThat(endpoints).as("request mappings found").hasSizeGreaterThan(api ? 30 : 40);
        for (Endpoint endpoint : endpoints) {
            if (endpoint.method() == HttpMethod.GET) {
                attackParameters(endpoint, user, session, failures);
            } else {
                attackCommand(endpoint, user, session, failures);
            }
        }
    }

    /**
     * The page or resource as a link opens it (only the required parameters, sane), then each named or numeric request
     * parameter in turn with each hostile value, the others sane ones.
     */
    private void attackParameters(Endpoint endpoint, String user, MockHttpSession session, List<String> failures)
            throws Exception {
        Map<String, MethodParameter> params = endpoint.requestParams();
        MockHttpServletRequestBuilder plain = MockMvcRequestBuilders.get(readPath(endpoint.pattern()));
        params.keySet().stream().filter(SANE::containsKey).forEach(name -> plain.param(name, SANE.get(name)));
        send(endpoint, plain, user, session, "as linked", null, failures);
        for (Map.Entry<String, MethodParameter> attacked : params.entrySet()) {
            for (String value : hostileValues(attacked.getKey(), attacked.getValue())) {
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(readPath(endpoint.pattern()));
                request.param(attacked.getKey(), value);
                params.forEach((name, p) -> {
                    if (!name.equals(attacked.getKey()) && SANE.containsKey(name)) {
                        request.param(name, SANE.get(name));
                    }
                });
                send(endpoint, request, user, session, attacked.getKey() + "=" + value, attacked.getKey(), failures);
            }
        }
    }

    /**
     * A POST/PUT with every text field 1 MB long and every number parameter extreme, on a record that does not exist;
     * then with every text holding a NUL character, which PostgreSQL cannot store.
     */
    private void attackCommand(Endpoint endpoint, String user, MockHttpSession session, List<String> failures)
            throws Exception {
        attackCommand(endpoint, user, session, MEGABYTE, "1 MB texts", failures);
        attackCommand(endpoint, user, session, NUL, NUL_TEXTS, failures);
    }

    private void attackCommand(Endpoint endpoint, String user, MockHttpSession session, String text, String what,
                               List<String> failures) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), writePath(endpoint));
        for (MethodParameter p : endpoint.handler().getMethodParameters()) {
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(RequestBody.class)) {
                request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(texts(type, text)));
            } else if (p.hasParameterAnnotation(RequestParam.class)) {
                String name = Endpoint.paramName(p);
                if (type == String.class) {
                    request.param(name, text);
                } else if (isNumber(type)) {
                    request.param(name, "2147483647");
                } else if (SANE.containsKey(name)) {
                    request.param(name, SANE.get(name));
                }
            } else if (type.isRecord() && (p.hasParameterAnnotation(ModelAttribute.class) || !p.hasParameterAnnotations())) {
                texts(type, text).forEach((name, value) -> request.param(name, (String) value));
            }
        }
        send(endpoint, request, user, session, what, null, failures);
    }

    private void send(Endpoint endpoint, MockHttpServletRequestBuilder request, String user, MockHttpSession session,
                      String what, String parameter, List<String> failures) throws Exception {
        if (endpoint.api()) {
            request.with(httpBasic(user, FagaiIntegrationTest.DEMO_PASSWORD));
        } else {
            request.session(session);
        }
        if (endpoint.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            // MockMvc rethrows what no handler answered: on a server that is a 500
            failures.add(user + " " + endpoint + " [" + what + "] → threw " + rootCause(e));
            return;
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String where = user + " " + endpoint + " [" + what + "] → " + response.getStatus();
        if (response.getStatus() >= 500) {
            failures.add(where + " " + body.substring(0, Math.min(body.length(), 300)));
        } else if (what.equals(NUL_TEXTS) && body.contains("不符合存储要求")) {
            failures.add(where + " reached the database instead of naming the field");
        } else if (endpoint.api() && response.getStatus() == 400) {
            if (!String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                failures.add(where + " is not problem+json: " + response.getContentType());
            } else if (parameter != null && !body.contains(parameter)) {
                failures.add(where + " does not name " + parameter + ": " + body);
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(message.length(), 200));
    }

    private static List<String> hostileValues(String name, MethodParameter p) {
        if (HOSTILE.containsKey(name)) {
            return HOSTILE.get(name);
        }
        return isNumber(p.getParameterType()) ? HOSTILE_NUMBERS : List.of();
    }

    private static boolean isNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    /** Every String component of the record as the given text; other components left out. */
    private static Map<String, Object> texts(Class<?> type, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == String.class) {
                    body.put(component.getName(), text);
                }
            }
        }
        return body;
    }

    /** Path variables of reads point at real records, so the parameters behind them are reached. */
    private String readPath(String pattern) {
        return substitute(pattern, name -> switch (name) {
            case "code" -> pattern.contains("indicator")
                    ? jdbc.sql("SELECT code FROM indicator ORDER BY code LIMIT 1").query(String.class).single()
                    : pattern.contains("project")
                    ? jdbc.sql("SELECT code FROM project ORDER BY id LIMIT 1").query(String.class).single() : "339900";
            case "date" -> "2023-06-01";
            case "kind" -> pattern.contains("template") ? "projects" : "X";
            case "type" -> "license";
            default -> "1";
        });
    }

    /** Path variables of writes point at nothing, so a write that slips through changes no shared demo data. */
    private static String writePath(Endpoint endpoint) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (MethodParameter p : endpoint.handler().getMethodParameters()) {
            PathVariable path = p.getParameterAnnotation(PathVariable.class);
            if (path != null) {
                String name = !path.name().isEmpty() ? path.name() : path.value();
                if (name.isEmpty()) {
                    p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                    name = p.getParameterName();
                }
                types.put(name, p.getParameterType());
            }
        }
        return substitute(endpoint.pattern(), name -> isNumber(types.getOrDefault(name, String.class)) ? "999999999" : "X");
    }

    private static String substitute(String pattern, java.util.function.Function<String, String> value) {
        Matcher m = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(path);
        return path.toString();
    }
}
