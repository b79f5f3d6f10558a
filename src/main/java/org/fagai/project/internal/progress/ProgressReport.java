package org.fagai.project.internal.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.MaxLength;
import org.fagai.shared.StoredText;

/**
 * A month's progress report (调度) of one project, whether typed in the form, sent to the API or read from an import row:
 * the month, the investment completed in it (万元, two decimals, not negative) and the site status and problems. It
 * refuses a report that breaks one of these rules when it is made; {@link #of} also holds it to the project's
 * {@link Terms} and names every broken rule at once.
 */
public record ProgressReport(YearMonth month, BigDecimal completedInvestment, String siteStatus, String problems,
                             Workforce workforce) {

    private static final int AMOUNT_SCALE = 2;

    /** A report without the site's workforce. */
    public ProgressReport(YearMonth month, BigDecimal completedInvestment, String siteStatus, String problems) {
        this(month, completedInvestment, siteStatus, problems, Workforce.NONE);
    }

    public ProgressReport {
        List<FieldError> errors = new ArrayList<>();
        if (month == null) {
            errors.add(monthFormat());
        }
        amountError(completedInvestment, null).ifPresent(errors::add);
        siteStatusError(siteStatus).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        workforce = workforce == null ? Workforce.NONE : workforce;
        completedInvestment = completedInvestment.setScale(AMOUNT_SCALE);
        siteStatus = blankToNull(siteStatus);
        problems = blankToNull(problems);
    }

    /**
     * What a project holds a report to besides the report's own rules: its total investment (a month cannot exceed it),
     * the years it is listed in, and the reporting window with the months staff reopened.
     */
    public record Terms(BigDecimal totalInvestment, IntPredicate listedIn, ReportingWindow window, LocalDate today,
                 Function<YearMonth, LocalDate> reopenedUntil) {
    }

    /**
     * The report of {@code input} for a project with these terms (null: the project is unknown, only the report's own
     * rules apply); a {@link FieldErrors} names every broken rule, field by field.
     */
    public static ProgressReport of(ProgressInput input, Terms terms) {
        List<FieldError> errors = new ArrayList<>(Commands.violations(input));
        YearMonth month = parseMonth(input.month());
        if (month == null) {
            errors.add(monthFormat());
        }
        amountError(input.completedInvestment(), terms == null ? null : terms.totalInvestment()).ifPresent(errors::add);
        siteStatusError(input.siteStatus()).ifPresent(errors::add);
        errors.addAll(Workforce.errors(input.workersPlanned(), input.workersOnSite(), input.machines()));
        if (month != null && terms != null) {
            if (!terms.listedIn().test(month.getYear())) {
                errors.add(new FieldError("month", StoredText.of("project.error.progress.notListed", month.getYear())));
            }
            if (!terms.window().isOpen(month, terms.today(), terms.reopenedUntil().apply(month))) {
                errors.add(new FieldError("month", terms.window().whyClosed(month, terms.today())));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return new ProgressReport(month, input.completedInvestment(), input.siteStatus(), input.problems(),
                new Workforce(input.workersPlanned(), input.workersOnSite(), input.machines()));
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static FieldError monthFormat() {
        return new FieldError("month", StoredText.of("project.error.progress.monthFormat"));
    }

    private static Optional<FieldError> amountError(BigDecimal amount, BigDecimal totalInvestment) {
        String field = "completedInvestment";
        if (amount == null) {
            return Optional.of(new FieldError(field, StoredText.of("project.error.progress.amountRequired")));
        }
        if (amount.signum() < 0) {
            return Optional.of(new FieldError(field, StoredText.of("project.error.progress.amountNegative")));
        }
        if (amount.stripTrailingZeros().scale() > AMOUNT_SCALE) {
            return Optional.of(new FieldError(field, StoredText.of("project.error.progress.amountScale")));
        }
        if (totalInvestment != null && amount.compareTo(totalInvestment) > 0) {
            return Optional.of(new FieldError(field, StoredText.of("project.error.progress.amountOverTotal", totalInvestment.toPlainString())));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> siteStatusError(String siteStatus) {
        return siteStatus != null && siteStatus.length() > MaxLength.TEXT
                ? Optional.of(new FieldError("siteStatus", StoredText.of("project.error.progress.siteStatusLength", MaxLength.TEXT)))
                : Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
