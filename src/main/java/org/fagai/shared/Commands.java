package org.fagai.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a command's Bean Validation constraints ({@link MaxLength} and the like) where the command enters its
 * service, so the API, the pages and the imports share one check and get {@link FieldErrors} naming each field.
 */
public final class Commands {

    private static final Validator VALIDATOR = validator();

    private Commands() {
    }

    /** The command itself, or a {@link FieldErrors} with one message per broken constraint. */
    public static <T> T check(T command) {
        List<FieldErrors.FieldError> errors = violations(command);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return command;
    }

    /** The broken constraints, field by field, for a validator that collects other errors too. */
    public static List<FieldErrors.FieldError> violations(Object command) {
        return VALIDATOR.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldErrors.FieldError(v.getPropertyPath().toString(),
                        ReaderText.of("shared.error.constraint", v.getPropertyPath(), v.getMessage())))
                .toList();
    }

    @SuppressWarnings("resource") // one factory for the life of the application
    private static Validator validator() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new SharedMessages()).buildValidatorFactory();
        return factory.getValidator();
    }

    /**
     * The constraint's message in the reader's language ({@link ReaderText}): a template that is one key of the shared
     * bundle ({@code {shared.error.maxLength}}) is looked up first, then its {@code {value}}-style parameters filled in.
     */
    private static final class SharedMessages implements MessageInterpolator {

        private final ParameterMessageInterpolator parameters = new ParameterMessageInterpolator();

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, ReaderText.locale());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            String resolved = template.startsWith("{shared.") && template.endsWith("}") && template.indexOf('}') == template.length() - 1
                    ? ReaderText.pattern(template.substring(1, template.length() - 1)) : template;
            return parameters.interpolate(resolved, context, ReaderText.locale());
        }
    }
}
