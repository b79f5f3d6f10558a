package org.fagai.supervision.internal;

import org.fagai.shared.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The supervision API controllers extend this: a step the item's life cycle does not allow now is 409 with the Chinese
 * reason (a controller's own handler comes before the shared API advice).
 */
abstract class LoopConflicts {

    @ExceptionHandler(LoopViolation.class)
    ProblemDetail conflict(LoopViolation e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, "操作不允许", e.getMessage());
    }
}
