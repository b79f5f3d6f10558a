package org.fagai.supervision.internal;

import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A bad filter or parameter on a supervision page is the 400 page naming the field, never a 500. */
@ControllerAdvice(assignableTypes = {SupervisionPageController.class, SupervisionReportsController.class, NotificationPages.class,
        NoticePages.class})
class SupervisionPageErrors {

    private final Formats fmt;

    SupervisionPageErrors(Formats fmt) {
        this.fmt = fmt;
    }

    @ExceptionHandler(FieldErrors.class)
    ModelAndView invalid(FieldErrors e) {
        ModelAndView view = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        view.addObject("detail", fmt.stored(e.getMessage()));
        return view;
    }
}
