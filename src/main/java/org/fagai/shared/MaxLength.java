package org.fagai.shared;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text field of a command, form or request parameter may hold: the length of its column in
 * the Flyway migrations ({@code VARCHAR(n)}), or {@link #TEXT} for a {@code TEXT} column. Checked by {@link Commands}
 * in the services and by Spring on request parameters, so an over-long value is a 400 naming the field.
 */
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    /** Free text kept in a {@code TEXT} column (facts, reasons, descriptions): long enough for any real document. */
    int TEXT = 2000;

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "{shared.error.maxLength}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
