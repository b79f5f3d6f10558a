package org.fagai.shared.web;

import java.util.List;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly error pages for the UI, a reason given as a stored sentence read in the reader's language; access denials are
 * left to Spring Security (403 page).
 */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

    private final Formats fmt;
    private final MessageText text;

    PageExceptionHandler(Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        view.addObject("detail", fmt.stored(e.getMessage()));
        return view;
    }

    @ExceptionHandler({IllegalArgumentException.class, FieldErrors.class})
    ModelAndView badRequest(RuntimeException e) {
        return badRequest(HttpStatus.BAD_REQUEST, fmt.stored(e.getMessage()));
    }

    /** A list or export asked with a parameter out of bounds (year, page, size, length): name it. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalidParameters(HandlerMethodValidationException e) {
        List<FieldErrors.FieldError> errors = RequestParameterErrors.of(e);
        return badRequest(HttpStatus.BAD_REQUEST, errors.isEmpty() ? null
                : text.get("shared.problem.parameter", errors.get(0).field(), errors.get(0).message()));
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return badRequest(HttpStatus.CONFLICT, fmt.stored(e.getMessage()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e) {
        return IntegrityViolations.isUniqueKey(e) ? badRequest(HttpStatus.CONFLICT, IntegrityViolations.CONFLICT)
                : badRequest(HttpStatus.BAD_REQUEST, IntegrityViolations.INVALID);
    }

    private static ModelAndView badRequest(HttpStatus status, String detail) {
        ModelAndView view = new ModelAndView("error/400", status);
        view.addObject("detail", detail);
        view.addObject("status", status.value());
        return view;
    }
}
