package org.fagai.project.internal.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.internal.imports.ImportColumns;
import org.fagai.shared.web.ExcelTemplate;
import org.springframework.stereotype.Component;

/**
 * The key-project list as Excel. The export is the import template filled with the list (the import's
 * columns first, then computed columns the import ignores), so an exported file can be edited and imported.
 */
@Component
public class ProjectSheets {

    static final List<String> COMPUTED = List.of("所属地区", "年度完成投资（万元）", "年度计划完成率（%）", "预警");

    private final ProjectSearch search;
    private final AuditLog audit;

    ProjectSheets(ProjectSearch search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    public ByteArrayOutputStream export(ProjectQuery query) {
        List<List<?>> rows = new ArrayList<>();
        search.stream(query, p -> rows.add(Arrays.asList(p.code(), p.name(), p.year(),
                p.level().chinese(), p.nature().chinese(), p.stage().chinese(), p.regionCode(), p.industryCode(), p.ownerUnit(),
                p.ownerCreditCode(), p.location(), p.scaleContent(), p.startMonth() == null ? null : p.startMonth().toString(),
                p.endMonth() == null ? null : p.endMonth().toString(), p.totalInvestment(), p.plannedInvestment(),
                p.investmentType().chinese(),
                p.regionName(), p.yearToDate(), p.planPercent(), p.warning() == null ? "" : p.warning().chinese())));
        List<ExcelTemplate.Column> columns = new ArrayList<>(ImportColumns.projectTemplate());
        COMPUTED.forEach(c -> columns.add(new ExcelTemplate.Column(c, "系统计算，导入时忽略")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, "重点项目", "重点项目清单", columns, rows);
        audit.record(AuditAction.EXPORT, "project", null, org.fagai.shared.StoredText.of("project.audit.exported", rows.size()));
        return out;
    }
}
