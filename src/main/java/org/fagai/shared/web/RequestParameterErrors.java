package org.fagai.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** The field errors of a failed request-parameter validation, named as the client sent them. */
final class RequestParameterErrors {

    private RequestParameterErrors() {
    }

    static List<FieldErrors.FieldError> of(HandlerMethodValidationException e) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(f -> errors.add(new FieldErrors.FieldError(f.getField(), f.getDefaultMessage())));
                continue;
            }
            String name = name(result.getMethodParameter());
            result.getResolvableErrors().forEach(r -> errors.add(new FieldErrors.FieldError(name, r.getDefaultMessage())));
        }
        return errors;
    }

    private static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return declared(param.name(), param.value(), parameter);
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            return declared(path.name(), path.value(), parameter);
        }
        return parameter.getParameterName();
    }

    private static String declared(String name, String value, MethodParameter parameter) {
        return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getParameterName();
    }
}
