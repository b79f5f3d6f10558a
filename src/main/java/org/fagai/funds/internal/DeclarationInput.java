package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.funds.internal.FundCommands.Declare;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.project.ProjectCatalog;
import org.fagai.project.ProjectRef;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.Money;
import org.fagai.shared.ProjectCode;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.springframework.stereotype.Component;

/**
 * Turns a declaration command into a {@link Declaration}: bounds and required fields (400 naming each field), the
 * project from the key-project registry when it is one, the region within the user's scope.
 */
@Component
class DeclarationInput {

    private final ProjectCatalog projects;
    private final RegionDirectory regions;
    private final RuleBook rules;

    DeclarationInput(ProjectCatalog projects, RegionDirectory regions, RuleBook rules) {
        this.projects = projects;
        this.regions = regions;
        this.rules = rules;
    }

    Declaration declaration(Declare c, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>(Commands.violations(c));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        if (c.channel() == null) {
            errors.add(new FieldError("channel", StoredText.of("funds.error.channel")));
        }
        if (c.year() == null) {
            errors.add(new FieldError("year", StoredText.of("funds.error.year")));
        }
        BigDecimal requested = money("amountRequested", c.amountRequested(), true, errors);
        if (requested != null && requested.signum() <= 0) {
            errors.add(new FieldError("amountRequested", StoredText.of("funds.error.amountRequested")));
        }
        if (blank(c.use())) {
            errors.add(new FieldError("use", StoredText.of("funds.error.use")));
        }
        if (blank(c.sector()) || rules.sector(c.sector().strip()).isEmpty()) {
            errors.add(new FieldError("sector", StoredText.of("funds.error.sector")));
        }
        Program program = null;
        if (!blank(c.program())) {
            program = rules.program(c.program().strip()).filter(p -> p.channel() == c.channel()).orElse(null);
            if (program == null) {
                errors.add(new FieldError("program", StoredText.of("funds.error.program")));
            }
        }
        BigDecimal matching = money("localMatching", c.localMatching(), false, errors);
        BigDecimal income = money("expectedIncome", c.expectedIncome(), false, errors);
        BigDecimal debt = money("debtService", c.debtService(), false, errors);
        Project project = project(c, user, errors);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        String use = c.use().strip();
        return new Declaration(c.channel(), program == null ? null : program.code(), c.year(), project.code, project.key,
                project.name, project.owner, project.ownerCreditCode, project.region, c.sector().strip(), use,
                blank(c.costItem()) ? truncate(use) : c.costItem().strip(), project.total, requested,
                matching == null ? BigDecimal.ZERO : matching, Boolean.TRUE.equals(c.asCapital()), income, debt,
                strip(c.planDocument()), strip(c.financeDocument()), strip(c.legalDocument()), strip(c.landDocument()));
    }

    private record Project(String code, boolean key, String name, String owner, String ownerCreditCode, String region,
                           BigDecimal total) {
    }

    private Project project(Declare c, CurrentUser user, List<FieldError> errors) {
        if (blank(c.projectCode())) {
            errors.add(new FieldError("projectCode", StoredText.of("funds.error.projectCode")));
            return null;
        }
        Optional<ProjectRef> key = projects.findByCode(c.projectCode().strip());
        Project project;
        if (key.isPresent()) {
            ProjectRef p = key.get();
            project = new Project(p.code(), true, p.name(), p.ownerUnit(), p.ownerCreditCode(), p.regionCode(), p.totalInvestment());
        } else {
            project = unlisted(c, user, errors);
            if (project == null) {
                return null;
            }
        }
        if (!FundsScope.canSee(user, project.region, project.ownerCreditCode)) {
            errors.add(new FieldError("projectCode", StoredText.of("funds.error.projectOutOfScope")));
        } else if (project.total == null || project.total.signum() <= 0) {
            errors.add(new FieldError("totalInvestment", StoredText.of("funds.error.totalInvestment")));
        }
        return project;
    }

    /** A project that is not a key project: its code must be valid and it states its name, region and total. */
    private Project unlisted(Declare c, CurrentUser user, List<FieldError> errors) {
        String code;
        try {
            code = ProjectCode.of(c.projectCode()).value();
        } catch (InvalidCodeException e) {
            errors.add(new FieldError("projectCode", StoredText.of("funds.error.projectCodeInvalid", e.reason())));
            return null;
        }
        if (blank(c.projectName())) {
            errors.add(new FieldError("projectName", StoredText.of("funds.error.projectName")));
        }
        String region = blank(c.regionCode()) ? user.regionCode() : c.regionCode().strip();
        if (regions.find(region).isEmpty()) {
            errors.add(new FieldError("regionCode", StoredText.of("funds.error.regionUnknown", region)));
        } else if (!RegionCode.of(region).isCountyOrAbove()) {
            errors.add(new FieldError("regionCode", StoredText.of("funds.error.regionNotCounty", RegionCode.of(region).value())));
        }
        BigDecimal total = money("totalInvestment", c.totalInvestment(), true, errors);
        String owner = blank(c.ownerUnit()) ? null : c.ownerUnit().strip();
        String ownerCode = user.role() == Role.OWNER ? user.ownerCreditCode() : null;
        return blank(c.projectName()) ? null : new Project(code, false, c.projectName().strip(), owner, ownerCode, region, total);
    }

    private static BigDecimal money(String field, BigDecimal value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, StoredText.of("funds.error.amount")));
            }
            return null;
        }
        try {
            Money money = Money.ofWan(value);
            if (money.isNegative()) {
                errors.add(new FieldError(field, StoredText.of("funds.error.amountNegative")));
            } else if (money.wan().precision() - money.wan().scale() > 14) {
                errors.add(new FieldError(field, StoredText.of("funds.error.amountTooLarge")));
            }
            return money.wan();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static String truncate(String use) {
        return use.length() > 100 ? use.substring(0, 100) : use;
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
