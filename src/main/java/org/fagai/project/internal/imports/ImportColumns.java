package org.fagai.project.internal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** The project template's columns, each instruction in the language {@code text} reads its key in. */
    public static List<Column> projectTemplate(Function<String, String> text) {
        return List.of(
                new Column(CODE, text.apply("project.template.code")),
                new Column(NAME, text.apply("project.template.name")),
                new Column(YEAR, text.apply("project.template.year")),
                new Column(LEVEL, text.apply("project.template.level"), names(ProjectLevel.values())),
                new Column(NATURE, text.apply("project.template.nature"), names(ProjectNature.values())),
                new Column(STAGE, text.apply("project.template.stage"), names(ProjectStage.values())),
                new Column(REGION, text.apply("project.template.region")),
                new Column(INDUSTRY, text.apply("project.template.industry")),
                new Column(OWNER, text.apply("project.template.owner")),
                new Column(CREDIT, text.apply("project.template.credit")),
                new Column(LOCATION, text.apply("project.template.location")),
                new Column(SCALE, text.apply("project.template.scale")),
                new Column(START, text.apply("project.template.start")),
                new Column(END, text.apply("project.template.end")),
                new Column(TOTAL, text.apply("project.template.total")),
                new Column(PLAN, text.apply("project.template.plan")),
                new Column(INVESTMENT_TYPE, text.apply("project.template.investmentType"),
                        Arrays.stream(InvestmentType.values()).map(InvestmentType::chinese).toList()));
    }

    /** The columns for a file built to be imported (a test's), where no one reads the instructions: their keys. */
    public static List<Column> projectTemplate() {
        return projectTemplate(Function.identity());
    }

    /** The progress template's columns, each instruction in the language {@code text} reads its key in. */
    public static List<Column> progressTemplate(Function<String, String> text) {
        return List.of(
                new Column(CODE, text.apply("project.template.progress.code")),
                new Column(MONTH, text.apply("project.template.progress.month")),
                new Column(AMOUNT, text.apply("project.template.progress.amount")),
                new Column(SITE, text.apply("project.template.progress.site")),
                new Column(PROBLEMS, text.apply("project.template.progress.problems")),
                new Column(WORKERS_PLANNED, text.apply("project.template.progress.workersPlanned")),
                new Column(WORKERS_ON_SITE, text.apply("project.template.progress.workersOnSite")),
                new Column(MACHINES, text.apply("project.template.progress.machines")));
    }

    /** The columns for a file built to be imported (a test's), where no one reads the instructions: their keys. */
    public static List<Column> progressTemplate() {
        return progressTemplate(Function.identity());
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
