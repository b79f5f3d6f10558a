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

/** A zero-based page number small enough that page × {@link Pagination#MAX_SIZE} fits a database offset. */
@Min(0)
@Max(Pagination.MAX_PAGE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

    String message() default "{shared.error.pageNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
