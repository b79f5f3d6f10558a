package org.fagai.project.internal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.shared.web.ExcelTemplate.Column;

/** The headers of the two import templates, their instructions and drop-downs. */
public final class ImportColumns {

    static final String CODE = "项目代码";
    static final String NAME = "项目名称";
    static final String YEAR = "计划年度";
    static final String LEVEL = "项目级别";
    static final String NATURE = "建设性质";
    static final String STAGE = "项目阶段";
    static final String REGION = "所属地区代码";
    static final String INDUSTRY = "行业代码";
    static final String OWNER = "项目单位";
    static final String CREDIT = "统一社会信用代码";
    static final String LOCATION = "建设地点";
    static final String SCALE = "建设规模及内容";
    static final String START = "开工年月";
    static final String END = "竣工年月";
    static final String TOTAL = "总投资（万元）";
    static final String PLAN = "年度计划投资（万元）";
    static final String INVESTMENT_TYPE = "投资类型";

    static final String MONTH = "报告月份";
    static final String AMOUNT = "本月完成投资（万元）";
    static final String SITE = "形象进度";
    static final String PROBLEMS = "存在问题";
    static final String WORKERS_PLANNED = "计划施工人数";
    static final String WORKERS_ON_SITE = "实际施工人数";
    static final String MACHINES = "施工机械（台）";

    public static final List<String> PROJECT_REQUIRED = List.of(CODE, NAME, YEAR, LEVEL, NATURE, STAGE, REGION, INDUSTRY, OWNER,
            CREDIT, LOCATION, SCALE, START, END, TOTAL, PLAN);
    public static final List<String> PROGRESS_REQUIRED = List.of(CODE, MONTH, AMOUNT, SITE, PROBLEMS);

    /** Which import column a validation error's field belongs to. */
    static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("code", CODE), Map.entry("name", NAME),
            Map.entry("planYear", YEAR), Map.entry("level", LEVEL), Map.entry("nature", NATURE), Map.entry("stage", STAGE),
            Map.entry("regionCode", REGION), Map.entry("industryCode", INDUSTRY), Map.entry("ownerUnit", OWNER),
            Map.entry("ownerCreditCode", CREDIT), Map.entry("location", LOCATION), Map.entry("scaleContent", SCALE),
            Map.entry("startMonth", START), Map.entry("endMonth", END), Map.entry("totalInvestment", TOTAL),
            Map.entry("funding", TOTAL), Map.entry("plannedInvestment", PLAN), Map.entry("month", MONTH),
            Map.entry("completedInvestment", AMOUNT), Map.entry("siteStatus", SITE), Map.entry("problems", PROBLEMS),
            Map.entry("workersPlanned", WORKERS_PLANNED), Map.entry("workersOnSite", WORKERS_ON_SITE), Map.entry("machines", MACHINES),
            Map.entry("investmentType", INVESTMENT_TYPE));

    private ImportColumns() {
    }

    public static List<Column> projectTemplate() {
        return List.of(
                new Column(CODE, "投资项目在线审批监管平台赋予的24位代码，如 2023-339902-48-01-000123；新谋划项目可留空，系统生成临时代码"),
                new Column(NAME, "必填，不超过200字"),
                new Column(YEAR, "必填，列入重点项目计划的年度，如 2023"),
                new Column(LEVEL, "必填：省级/市级/区级", names(ProjectLevel.values())),
                new Column(NATURE, "必填：新建/续建", names(ProjectNature.values())),
                new Column(STAGE, "必填：谋划/储备/前期/在建/竣工/投产/达产（已有项目只能向后推进）", names(ProjectStage.values())),
                new Column(REGION, "必填，6位行政区划代码，如 339902"),
                new Column(INDUSTRY, "国民经济行业分类（GB/T 4754-2017）大类2位或小类4位代码，如 48 或 4812"),
                new Column(OWNER, "必填，项目单位全称"),
                new Column(CREDIT, "项目单位18位统一社会信用代码"),
                new Column(LOCATION, "建设地点"),
                new Column(SCALE, "建设规模及主要建设内容"),
                new Column(START, "计划（或实际）开工年月，格式 2023-06"),
                new Column(END, "计划竣工年月，格式 2025-12"),
                new Column(TOTAL, "必填，单位万元，最多两位小数"),
                new Column(PLAN, "必填，当年计划完成投资，单位万元，不大于总投资"),
                new Column(INVESTMENT_TYPE, "选填：政府投资/企业投资（决定必备的前期手续）；新项目留空按企业投资，已有项目留空保持不变",
                        Arrays.stream(InvestmentType.values()).map(InvestmentType::chinese).toList()));
    }

    public static List<Column> progressTemplate() {
        return List.of(
                new Column(CODE, "必填，已登记的项目代码"),
                new Column(MONTH, "必填，格式 2023-06；只能填报填报期内（次月1日至5日）或经科室重新开放的月份"),
                new Column(AMOUNT, "必填，当月完成投资，单位万元，最多两位小数；年度累计、完成率等由系统自动计算"),
                new Column(SITE, "本月形象进度"),
                new Column(PROBLEMS, "存在的问题及需协调事项"),
                new Column(WORKERS_PLANNED, "选填，本月计划施工人数（人）"),
                new Column(WORKERS_ON_SITE, "选填，本月实际在场施工人数（人）"),
                new Column(MACHINES, "选填，本月在场施工机械台数"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(ImportColumns::chinese).toList();
    }

    private static String chinese(Enum<?> value) {
        if (value instanceof ProjectLevel level) {
            return level.chinese();
        }
        if (value instanceof ProjectNature nature) {
            return nature.chinese();
        }
        return ((ProjectStage) value).chinese();
    }
}
