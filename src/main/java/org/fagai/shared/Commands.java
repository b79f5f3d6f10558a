package org.fagai.shared;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The broken constraints, field by field, for a validator that collects other errors too. A text holding a NUL
     * character is refused at once ({@link FieldErrors}), before the caller's look-ups send it to PostgreSQL, which
     * cannot take it even as a query parameter.
     */
    public static List<FieldErrors.FieldError> violations(Object command) {
        List<FieldErrors.FieldError> nul = nulTexts(command);
        if (!nul.isEmpty()) {
            throw new FieldErrors(nul);
        }
        if (withinLimits(command)) {
            return List.of();
        }
        return VALIDATOR.validate(command).stream()
                .map(v -> new FieldErrors.FieldError(v.getPropertyPath().toString(),
                        ReaderText.of("shared.error.constraint", v.getPropertyPath(), v.getMessage())))
                .sorted(Comparator.comparing(FieldErrors.FieldError::field))
                .toList();
    }

    /**
     * Texts holding a NUL character, named here rather than refused by the database: the record's own texts and those of
     * the records and lists it holds ({@code demands[1].content}).
     */
    private static List<FieldErrors.FieldError> nulTexts(Object command) {
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        nulTexts(command, "", errors);
        return errors;
    }

    private static void nulTexts(Object value, String path, List<FieldErrors.FieldError> errors) {
        if (value instanceof String text) {
            if (text.indexOf('\u0000') >= 0) {
                errors.add(new FieldErrors.FieldError(path, ReaderText.of("shared.error.constraint", path,
                        ReaderText.pattern("shared.error.nul"))));
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                nulTexts(item, path + "[" + i++ + "]", errors);
            }
        } else if (value != null) {
            for (RecordComponent part : TEXT_HOLDERS.get(value.getClass())) {
                try {
                    nulTexts(part.getAccessor().invoke(value), path.isEmpty() ? part.getName() : path + "." + part.getName(), errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A record's components that are or may hold texts: texts, records, collections. */
    private static final ClassValue<List<RecordComponent>> TEXT_HOLDERS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            List<RecordComponent> holders = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> t = component.getType();
                if (t == String.class || t.isRecord() || Collection.class.isAssignableFrom(t)) {
                    component.getAccessor().setAccessible(true);
                    holders.add(component);
                }
            }
            return List.copyOf(holders);
        }
    };

    /**
     * True when the command is a record whose only constraints are {@link MaxLength} on text components and every text is
     * within its limit: then Bean Validation would find nothing, and an import of 50,000 rows skips its per-row walk (8% of
     * the project import's samples). Anything else, or any text over its limit, goes through the validator.
     */
    private static boolean withinLimits(Object command) {
        Optional<List<Limit>> limits = LIMITS.get(command.getClass());
        if (limits.isEmpty()) {
            return false;
        }
        try {
            for (Limit limit : limits.get()) {
                String value = (String) limit.accessor().invoke(command);
                if (value != null && value.length() > limit.max()) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private record Limit(Method accessor, int max) {
    }

    private static final ClassValue<Optional<List<Limit>>> LIMITS = new ClassValue<>() {
        @Override
        protected Optional<List<Limit>> computeValue(Class<?> type) {
            return limitsOf(type);
        }
    };

    private static Optional<List<Limit>> limitsOf(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
        if (bean.hasConstraints()) {
            return Optional.empty();   // a constraint on the class itself
        }
        List<Limit> limits = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            RecordComponent component = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(property.getPropertyName())) {
                    component = c;
                }
            }
            if (component == null || component.getType() != String.class || property.isCascaded()
                    || property.getConstraintDescriptors().size() != 1) {
                return Optional.empty();
            }
            ConstraintDescriptor<?> constraint = property.getConstraintDescriptors().iterator().next();
            if (!(constraint.getAnnotation() instanceof MaxLength max) || !constraint.getGroups().equals(Set.of(Default.class))) {
                return Optional.empty();
            }
            component.getAccessor().setAccessible(true);
            limits.add(new Limit(component.getAccessor(), max.value()));
        }
        return Optional.of(List.copyOf(limits));
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
