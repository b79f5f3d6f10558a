package org.fagai.supervision.internal;

import org.fagai.shared.web.ApiExceptionHandler;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The supervision API controllers extend this: a step the item's life cycle does not allow now is 409 with the reason in
 * the request's language (a controller's own handler comes before the shared API advice).
 */
abstract class LoopConflicts {

    private Formats fmt;
    private MessageText text;

    @Autowired
    void formats(Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
    }

    @ExceptionHandler(LoopViolation.class)
    ProblemDetail conflict(LoopViolation e) {
        return ApiExceptionHandler.problem(HttpStatus.CONFLICT, text.get("shared.problem.notAllowed"), fmt.stored(e.getMessage()));
    }
}
