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

/** Rows per page of a list: 1–{@link Pagination#MAX_SIZE}. */
@Min(1)
@Max(Pagination.MAX_SIZE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

    String message() default "{shared.error.pageSize}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
