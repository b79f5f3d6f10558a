package org.fagai.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.fagai.shared.Years;

/** A request parameter or field holding a year: within {@link Years} (null passes: it means "not filtered"). */
@Min(Years.FIRST)
@Max(Years.LAST)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CalendarYear {

    String message() default "{shared.error.calendarYear}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
