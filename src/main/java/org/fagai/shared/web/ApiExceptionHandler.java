package org.fagai.shared.web;

import java.util.List;
import java.util.Map;
import org.fagai.shared.ConflictException;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Maps typed exceptions of every {@code /api} controller to {@code application/problem+json}. A reason a service gave as a
 * stored sentence ({@link org.fagai.shared.StoredText}: a stage named by its label) is answered in the request's language,
 * and so are the problem's title and the handler's own details.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Formats fmt;
    private final MessageText text;

    ApiExceptionHandler(Formats fmt, MessageText text) {
        this.fmt = fmt;
        this.text = text;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text.get("shared.problem.notFound"), fmt.stored(e.getMessage()));
    }

    @ExceptionHandler(FieldErrors.class)
    ProblemDetail invalid(FieldErrors e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.invalid"), fmt.stored(e.getMessage()));
        problem.setProperty("errors", read(e.errors()));
        return problem;
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, text.get("shared.problem.import"),
                text.get("shared.problem.importDetail", e.errors().size()));
        problem.setProperty("errors", e.errors().stream()
                .map(r -> new ImportError(r.row(), r.column(), r.value(), fmt.stored(r.message()))).toList());
        return problem;
    }

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ProblemDetail> uploadRefused(UploadRefused e) {
        ProblemDetail problem = problem(e.status(), text.get("shared.problem.upload"), fmt.stored(e.reason()));
        problem.setProperty("errors", e.errors().stream()
                .map(r -> new ImportError(r.row(), r.column(), r.value(), fmt.stored(r.message()))).toList());
        var response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return response.body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.invalid"), fmt.stored(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldErrors.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldErrors.FieldError(f.getField(), f.getDefaultMessage())).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.invalid"), text.get("shared.problem.invalidBody"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldErrors.FieldError> errors = RequestParameterErrors.of(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.parameters"), errors.isEmpty()
                ? text.get("shared.problem.parametersDetail") : text.get("shared.problem.parameter", errors.get(0).field(), errors.get(0).message()));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, text.get("shared.problem.conflict"), fmt.stored(e.getMessage()));
        problem.setProperty("errors", read(e.errors()));
        return problem;
    }

    /**
     * A constraint the database enforced where no service check named the field: a unique key another request took
     * first is a conflict, anything else input the checks missed. Either way a 4xx, logged so the check gets added.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Database constraint refused a write: {}", e.getMostSpecificCause().getMessage());
        return IntegrityViolations.isUniqueKey(e)
                ? problem(HttpStatus.CONFLICT, text.get("shared.problem.conflict"), IntegrityViolations.CONFLICT)
                : problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.invalid"), IntegrityViolations.INVALID);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.parameters"),
                text.get("shared.problem.parameter", name, text.get("shared.problem.missingOrMalformed")));
        problem.setProperty("errors", List.of(Map.of("field", name, "message", text.get("shared.problem.missingOrMalformed"))));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        BoundedBody.TooLarge tooLarge = BoundedBody.TooLarge.in(e);
        if (tooLarge != null) {
            return bodyTooLarge(tooLarge);
        }
        return problem(HttpStatus.BAD_REQUEST, text.get("shared.problem.unreadable"), text.get("shared.problem.unreadableDetail"));
    }

    /** A JSON body sent without a length passed {@code fagai.api.max-json-body-size}: as {@link UploadSizeFilter} answers one with a length. */
    @ExceptionHandler(BoundedBody.TooLarge.class)
    ProblemDetail bodyTooLarge(BoundedBody.TooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, text.get("shared.envelope.formTooLargeTitle"),
                text.get("shared.envelope.jsonTooLarge", UploadLimits.megabytes(e.limit())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, text.get("shared.problem.tooLarge"), e.getMaxUploadSize() > 0
                ? text.get("shared.problem.tooLargeDetail", UploadLimits.megabytes(e.getMaxUploadSize())) : text.get("shared.problem.tooLargeAny"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text.get("shared.problem.denied"), text.get("shared.problem.deniedDetail"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text.get("shared.problem.error"), text.get("shared.problem.errorDetail"));
    }

    /** The errors with each message in the request's language (a plain text as it is). */
    private List<FieldErrors.FieldError> read(List<FieldErrors.FieldError> errors) {
        return errors.stream().map(f -> new FieldErrors.FieldError(f.field(), fmt.stored(f.message()))).toList();
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
