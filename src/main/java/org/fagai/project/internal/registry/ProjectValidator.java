package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.reference.IndustryDirectory;
import org.fagai.reference.IndustryView;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.CreditCode;
import org.fagai.shared.FieldErrors.FieldError;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.IndustryLevel;
import org.fagai.shared.ProjectCode;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Checks a project input field by field, collecting every problem in Chinese. */
@Component
public class ProjectValidator {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final RegionDirectory regions;
    private final IndustryDirectory industries;
    /** Lookups already answered, in a validator made for one import; null in the shared one. */
    private final Map<String, Boolean> knownRegions;
    private final Map<String, Optional<IndustryView>> knownIndustries;

    @Autowired
    ProjectValidator(RegionDirectory regions, IndustryDirectory industries) {
        this(regions, industries, null, null);
    }

    private ProjectValidator(RegionDirectory regions, IndustryDirectory industries, Map<String, Boolean> knownRegions,
                             Map<String, Optional<IndustryView>> knownIndustries) {
        this.regions = regions;
        this.industries = industries;
        this.knownRegions = knownRegions;
        this.knownIndustries = knownIndustries;
    }

    /** The same checks, remembering each region and industry looked up: an import asks for each once, not per row. */
    public ProjectValidator forImport() {
        return new ProjectValidator(regions, industries, new HashMap<>(), new HashMap<>());
    }

    private boolean regionExists(String code) {
        return knownRegions == null ? regions.find(code).isPresent()
                : knownRegions.computeIfAbsent(code, c -> regions.find(c).isPresent());
    }

    private Optional<IndustryView> industry(String code) {
        return knownIndustries == null ? industries.find(code) : knownIndustries.computeIfAbsent(code, industries::find);
    }

    public ValidProject validate(ProjectInput in, boolean creating) {
        List<FieldError> errors = new ArrayList<>(Commands.violations(in));
        String code = null;
        boolean provisional = false;
        if (ProjectInput.notBlank(in.code())) {
            try {
                ProjectCode parsed = ProjectCode.of(in.code());
                code = parsed.value();
                provisional = parsed.isProvisional();
                if (!provisional && !regionExists(parsed.regionCode().value())) {
                    errors.add(new FieldError("code", StoredText.of("project.error.codeRegion", parsed.regionCode().value())));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("code", e.getMessage()));
            }
        } else if (!creating) {
            errors.add(new FieldError("code", StoredText.of("project.error.codeRequired")));
        }
        required(errors, "name", in.name(), StoredText.label("project.name"), 200);
        required(errors, "ownerUnit", in.ownerUnit(), StoredText.label("project.owner"), 200);
        String creditCode = null;
        if (ProjectInput.notBlank(in.ownerCreditCode())) {
            CreditCode.Check check = CreditCode.check(in.ownerCreditCode());
            if (check.valid()) {
                creditCode = check.code();
            } else {
                errors.add(new FieldError("ownerCreditCode", StoredText.of("project.error.creditCode", check.reason())));
            }
        }
        optional(errors, "department", in.department(), StoredText.label("project.department"), 100);
        optional(errors, "leader", in.leader(), StoredText.label("project.leader"), 50);
        optional(errors, "location", in.location(), StoredText.label("project.location"), 200);
        optional(errors, "scaleContent", in.scaleContent(), StoredText.label("project.scale"), 4000);
        if (!ProjectInput.notBlank(in.regionCode())) {
            errors.add(new FieldError("regionCode", StoredText.of("project.error.regionRequired")));
        } else if (!regionExists(in.regionCode().trim())) {
            errors.add(new FieldError("regionCode", StoredText.of("project.error.regionUnknown", in.regionCode().trim())));
        } else if (!RegionCode.of(in.regionCode()).isCountyOrAbove()) {
            errors.add(new FieldError("regionCode", StoredText.of("project.error.regionNotCounty", RegionCode.of(in.regionCode()).value())));
        }
        String industry = null;
        if (ProjectInput.notBlank(in.industryCode())) {
            industry = in.industryCode().trim().toUpperCase();
            IndustryView view = industry(industry).orElse(null);
            if (view == null) {
                errors.add(new FieldError("industryCode", StoredText.of("project.error.industryUnknown", industry)));
            } else if (view.level() == IndustryLevel.SECTION) {
                errors.add(new FieldError("industryCode", StoredText.of("project.error.industrySection")));
            }
        }
        YearMonth start = month(errors, "startMonth", in.startMonth(), StoredText.label("project.startMonth"));
        YearMonth end = month(errors, "endMonth", in.endMonth(), StoredText.label("project.endMonth"));
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("endMonth", StoredText.of("project.error.endBeforeStart")));
        }
        amount(errors, "totalInvestment", in.totalInvestment(), StoredText.label("project.error.field.totalInvestment"), true);
        Funding funding = in.funding();
        if (funding.anyNegative()) {
            errors.add(new FieldError("funding", StoredText.of("project.error.fundingNegative")));
        } else if (funding.total().signum() > 0 && in.totalInvestment() != null
                && funding.total().compareTo(in.totalInvestment()) != 0) {
            errors.add(new FieldError("funding", StoredText.of("project.error.fundingTotal", funding.total().toPlainString(),
                    in.totalInvestment().toPlainString())));
        }
        amount(errors, "completedBefore", in.completedBefore(), StoredText.label("project.error.field.completedBefore"), false);
        ProjectStage stage = ProjectInput.notBlank(in.stage()) ? parse(errors, "stage", in.stage(), ProjectStage::fromChinese)
                : ProjectStage.IDEA;
        InvestmentType investmentType = ProjectInput.notBlank(in.investmentType())
                ? parse(errors, "investmentType", in.investmentType(), InvestmentType::fromChinese) : InvestmentType.suggestedBy(funding);
        PlanLine plan = in.hasPlan() ? plan(errors, in) : null;
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        ProjectDetails details = new ProjectDetails(in.name().trim(), in.ownerUnit().trim(), creditCode, trim(in.department()),
                trim(in.leader()), in.regionCode().trim(), industry, trim(in.location()), trim(in.scaleContent()), start, end,
                in.totalInvestment().setScale(2), funding, in.completedBefore() == null ? BigDecimal.ZERO : in.completedBefore(),
                investmentType);
        return new ValidProject(code, provisional, details, stage, plan);
    }

    private static PlanLine plan(List<FieldError> errors, ProjectInput in) {
        if (in.planYear() == null || !Years.contains(in.planYear())) {
            errors.add(new FieldError("planYear", StoredText.of("project.error.planYear", Years.RANGE)));
        }
        ProjectLevel level = ProjectInput.notBlank(in.level()) ? parse(errors, "level", in.level(), ProjectLevel::fromChinese) : null;
        if (level == null && !ProjectInput.notBlank(in.level())) {
            errors.add(new FieldError("level", StoredText.of("project.error.levelRequired")));
        }
        ProjectNature nature = ProjectInput.notBlank(in.nature()) ? parse(errors, "nature", in.nature(), ProjectNature::fromChinese) : null;
        if (nature == null && !ProjectInput.notBlank(in.nature())) {
            errors.add(new FieldError("nature", StoredText.of("project.error.natureRequired")));
        }
        amount(errors, "plannedInvestment", in.plannedInvestment(), StoredText.label("project.error.field.plannedInvestment"), true);
        if (in.plannedInvestment() != null && in.totalInvestment() != null
                && in.plannedInvestment().compareTo(in.totalInvestment()) > 0) {
            errors.add(new FieldError("plannedInvestment", StoredText.of("project.error.plannedOverTotal")));
        }
        if (in.planYear() == null || level == null || nature == null || in.plannedInvestment() == null) {
            return null;
        }
        return new PlanLine(in.planYear(), level, nature, in.plannedInvestment().setScale(2, RoundingMode.UNNECESSARY));
    }

    private static <T> T parse(List<FieldError> errors, String field, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static YearMonth month(List<FieldError> errors, String field, String text, StoredText.Label label) {
        if (!ProjectInput.notBlank(text)) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.trim().replace('/', '-').replace(".", "-"));
            if (!Years.contains(month.getYear())) {
                errors.add(new FieldError(field, StoredText.of("project.error.monthYear", label, Years.RANGE)));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, StoredText.of("project.error.monthFormat", label)));
            return null;
        }
    }

    /** An amount in 万元: not negative, at most two decimals, within the columns' NUMERIC(16, 2). */
    public static void amount(List<FieldError> errors, String field, BigDecimal value, Object label, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, StoredText.of("project.error.amountRequired", label)));
            }
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, StoredText.of("project.error.amountNegative", label)));
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, StoredText.of("project.error.amountScale", label)));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, StoredText.of("project.error.amountTooLarge", label)));
        }
    }

    private static void required(List<FieldError> errors, String field, String value, StoredText.Label label, int max) {
        if (!ProjectInput.notBlank(value)) {
            errors.add(new FieldError(field, StoredText.of("project.error.required", label)));
        } else {
            optional(errors, field, value, label, max);
        }
    }

    private static void optional(List<FieldError> errors, String field, String value, StoredText.Label label, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, StoredText.of("project.error.tooLong", label, max)));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
