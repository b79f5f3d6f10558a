package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fagai.shared.MaxLength;
import org.fagai.shared.web.CalendarYear;
import org.fagai.shared.web.PageNumber;
import org.fagai.shared.web.PageSize;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapping declares its bounds where the shared rules live: years, pages and sizes through the shared
 * constraints, and every text a write accepts through a maximum length, so a new endpoint cannot forget them.
 */
@FagaiIntegrationTest
class BoundedDeclarationsTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyYearPageAndSizeParameterCarriesTheSharedBound() {
        Map<String, Class<? extends Annotation>> bounds = Map.of(
                "year", CalendarYear.class, "page", PageNumber.class, "size", PageSize.class);
        List<String> unbounded = new ArrayList<>();
        for (boolean api : new boolean[] {true, false}) {
            for (Endpoint endpoint : Endpoint.all(mappings, api)) {
                endpoint.requestParams().forEach((name, p) -> {
                    if (bounds.containsKey(name) && !p.hasParameterAnnotation(bounds.get(name))) {
                        unbounded.add(endpoint + " parameter " + name);
                    }
                });
            }
        }
        assertThat(unbounded).as("year/page/size parameters without @CalendarYear/@PageNumber/@PageSize").isEmpty();
    }

    @Test
    void everyTextThatAWriteAcceptsHasAMaximumLength() {
        List<String> unbounded = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all(mappings, true)) {
            collectUnbounded(endpoint, unbounded);
        }
        for (Endpoint endpoint : Endpoint.all(mappings, false)) {
            collectUnbounded(endpoint, unbounded);
        }
        assertThat(unbounded).as("String fields and parameters of writes without @MaxLength, @Size or @Pattern").isEmpty();
    }

    private static void collectUnbounded(Endpoint endpoint, List<String> unbounded) {
        if (endpoint.method() == HttpMethod.GET) {
            return;
        }
        for (MethodParameter p : endpoint.handler().getMethodParameters()) {
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(RequestParam.class) && type == String.class && !bounded(p.getParameterAnnotations())) {
                unbounded.add(endpoint + " parameter " + Endpoint.paramName(p));
            } else if (type.isRecord() && !p.hasParameterAnnotation(PathVariable.class)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() == String.class && !bounded(fieldAnnotations(type, component))) {
                        unbounded.add(endpoint + " " + type.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
    }

    private static Annotation[] fieldAnnotations(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).getAnnotations();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean bounded(Annotation[] annotations) {
        for (Annotation a : annotations) {
            Class<?> t = a.annotationType();
            if (t == MaxLength.class || t == Size.class || t == Pattern.class) {
                return true;
            }
        }
        return false;
    }
}
