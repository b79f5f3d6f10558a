package org.fagai.project.internal.progress;

import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.StoredText;

/** The people and machines on a site in a reported month (计划/实际施工人数, 机械台数); each optional, none negative. */
public record Workforce(Integer workersPlanned, Integer workersOnSite, Integer machines) {

    public static final Workforce NONE = new Workforce(null, null, null);
    /** More people or machines than any one site holds: a typing error. */
    static final int MAX = 100_000;

    public Workforce {
        List<FieldError> errors = errors(workersPlanned, workersOnSite, machines);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }

    static List<FieldError> errors(Integer workersPlanned, Integer workersOnSite, Integer machines) {
        List<FieldError> errors = new ArrayList<>();
        check("workersPlanned", "project.workers.planned", workersPlanned, errors);
        check("workersOnSite", "project.workers.onSite", workersOnSite, errors);
        check("machines", "project.error.field.machines", machines, errors);
        return errors;
    }

    private static void check(String field, String label, Integer value, List<FieldError> errors) {
        if (value != null && (value < 0 || value > MAX)) {
            errors.add(new FieldError(field, StoredText.of("project.error.progress.workforceRange", StoredText.label(label), MAX)));
        }
    }
}
