package org.fagai.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
        if (command != null && withinLengths(command)) {
            return List.of();
        }
        return VALIDATOR.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldErrors.FieldError(v.getPropertyPath().toString(),
                        ReaderText.of("shared.error.constraint", v.getPropertyPath(), v.getMessage())))
                .toList();
    }

    /**
     * Whether a record whose only constraints are {@link MaxLength} on its text components keeps them all, checked
     * directly: an import validates thousands of such commands, and the validator's own pass cost 5% of one. Anything
     * else, or a value over its length, goes to the validator, which words the errors.
     */
    private static boolean withinLengths(Object command) {
        List<Length> lengths = LENGTHS.get(command.getClass());
        if (lengths == null) {
            return false;
        }
        try {
            for (Length length : lengths) {
                Object value = length.accessor().invoke(command);
                if (value != null && ((String) value).length() > length.max()) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private record Length(Method accessor, int max) {
    }

    /** Per command type: its {@link MaxLength} components, or null when it has any other constraint (or is no record). */
    private static final ClassValue<List<Length>> LENGTHS = new ClassValue<>() {
        @Override
        protected List<Length> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
            if (!bean.getConstraintDescriptors().isEmpty()) {
                return null;
            }
            Map<String, RecordComponent> components = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            List<Length> lengths = new ArrayList<>();
            for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                RecordComponent component = components.get(property.getPropertyName());
                if (component == null || component.getType() != String.class || property.isCascaded()
                        || !property.getConstrainedContainerElementTypes().isEmpty()) {
                    return null;
                }
                for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                    if (!(constraint.getAnnotation() instanceof MaxLength max)) {
                        return null;
                    }
                    Method accessor = component.getAccessor();
                    try {
                        accessor.setAccessible(true);
                    } catch (RuntimeException e) {
                        return null;
                    }
                    lengths.add(new Length(accessor, max.value()));
                }
            }
            return List.copyOf(lengths);
        }
    };

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
