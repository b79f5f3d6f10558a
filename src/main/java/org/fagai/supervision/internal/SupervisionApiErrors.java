package org.fagai.supervision.internal;

import org.fagai.shared.web.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A step the item's life cycle does not allow now: 409 with the Chinese reason, before the shared API handler. */
@RestControllerAdvice(assignableTypes = {SupervisionApiController.class, EvidenceApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionApiErrors {

    @ExceptionHandler(LoopViolation.class)
    ProblemDetail conflict(LoopViolation e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, "操作不允许", e.getMessage());
    }
}
