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
                    errors.add(new FieldError("code", "项目代码中的地区段 " + parsed.regionCode().value() + " 不是有效的行政区划代码"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("code", e.getMessage()));
            }
        } else if (!creating) {
            errors.add(new FieldError("code", "项目代码不能为空"));
        }
        required(errors, "name", in.name(), "项目名称", 200);
        required(errors, "ownerUnit", in.ownerUnit(), "项目单位", 200);
        String creditCode = null;
        if (ProjectInput.notBlank(in.ownerCreditCode())) {
            CreditCode.Check check = CreditCode.check(in.ownerCreditCode());
            if (check.valid()) {
                creditCode = check.code();
            } else {
                errors.add(new FieldError("ownerCreditCode", "统一社会信用代码无效：" + check.reason()));
            }
        }
        optional(errors, "department", in.department(), "责任部门", 100);
        optional(errors, "leader", in.leader(), "挂点领导", 50);
        optional(errors, "location", in.location(), "建设地点", 200);
        optional(errors, "scaleContent", in.scaleContent(), "建设规模及内容", 4000);
        if (!ProjectInput.notBlank(in.regionCode())) {
            errors.add(new FieldError("regionCode", "所属地区代码不能为空"));
        } else if (!regionExists(in.regionCode().trim())) {
            errors.add(new FieldError("regionCode", "所属地区代码 " + in.regionCode().trim() + " 不存在"));
        } else if (!RegionCode.of(in.regionCode()).isCountyOrAbove()) {
            errors.add(new FieldError("regionCode", RegionCode.of(in.regionCode()).countyOrAboveRequired("项目所属地区")));
        }
        String industry = null;
        if (ProjectInput.notBlank(in.industryCode())) {
            industry = in.industryCode().trim().toUpperCase();
            IndustryView view = industry(industry).orElse(null);
            if (view == null) {
                errors.add(new FieldError("industryCode", "行业代码 " + industry + " 不存在（GB/T 4754-2017）"));
            } else if (view.level() == IndustryLevel.SECTION) {
                errors.add(new FieldError("industryCode", "行业代码应填写到大类（2位）或小类（4位），不能只填门类"));
            }
        }
        YearMonth start = month(errors, "startMonth", in.startMonth(), "开工年月");
        YearMonth end = month(errors, "endMonth", in.endMonth(), "竣工年月");
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("endMonth", "竣工年月不能早于开工年月"));
        }
        amount(errors, "totalInvestment", in.totalInvestment(), "总投资", true);
        Funding funding = in.funding();
        if (funding.anyNegative()) {
            errors.add(new FieldError("funding", "资金来源金额不能为负数"));
        } else if (funding.total().signum() > 0 && in.totalInvestment() != null
                && funding.total().compareTo(in.totalInvestment()) != 0) {
            errors.add(new FieldError("funding", "资金来源合计" + funding.total().toPlainString() + "万元，应等于总投资"
                    + in.totalInvestment().toPlainString() + "万元"));
        }
        amount(errors, "completedBefore", in.completedBefore(), "以前年度累计完成投资", false);
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
            errors.add(new FieldError("planYear", "计划年度应为" + Years.RANGE + "之间的年份"));
        }
        ProjectLevel level = ProjectInput.notBlank(in.level()) ? parse(errors, "level", in.level(), ProjectLevel::fromChinese) : null;
        if (level == null && !ProjectInput.notBlank(in.level())) {
            errors.add(new FieldError("level", "项目级别不能为空（省级/市级/区级）"));
        }
        ProjectNature nature = ProjectInput.notBlank(in.nature()) ? parse(errors, "nature", in.nature(), ProjectNature::fromChinese) : null;
        if (nature == null && !ProjectInput.notBlank(in.nature())) {
            errors.add(new FieldError("nature", "建设性质不能为空（新建/续建）"));
        }
        amount(errors, "plannedInvestment", in.plannedInvestment(), "年度计划投资", true);
        if (in.plannedInvestment() != null && in.totalInvestment() != null
                && in.plannedInvestment().compareTo(in.totalInvestment()) > 0) {
            errors.add(new FieldError("plannedInvestment", "年度计划投资不能大于总投资"));
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

    private static YearMonth month(List<FieldError> errors, String field, String text, String label) {
        if (!ProjectInput.notBlank(text)) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.trim().replace('/', '-').replace(".", "-"));
            if (!Years.contains(month.getYear())) {
                errors.add(new FieldError(field, label + "的年份应在" + Years.RANGE + "之间"));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + "应为“年-月”格式，如 2023-06"));
            return null;
        }
    }

    /** An amount in 万元: not negative, at most two decimals, within the columns' NUMERIC(16, 2). */
    public static void amount(List<FieldError> errors, String field, BigDecimal value, String label, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, label + "不能为空（万元）"));
            }
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, label + "不能为负数"));
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, label + "最多保留两位小数（万元）"));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, label + "金额过大"));
        }
    }

    private static void required(List<FieldError> errors, String field, String value, String label, int max) {
        if (!ProjectInput.notBlank(value)) {
            errors.add(new FieldError(field, label + "不能为空"));
        } else {
            optional(errors, field, value, label, max);
        }
    }

    private static void optional(List<FieldError> errors, String field, String value, String label, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, label + "不能超过" + max + "字"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
