package org.fagai.shared.web;

import org.fagai.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Friendly Chinese error pages for the UI; access denials are left to Spring Security (403 page). */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView view = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        view.addObject("detail", e.getMessage());
        return view;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        ModelAndView view = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        view.addObject("detail", e.getMessage());
        return view;
    }
}
