package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.enterprise.EnterpriseFlag;

/** Coverage of a period and its not-yet-visited packages as Excel rows. */
final class CoverageExport {

    static final List<String> HEADERS = List.of("分组", "名称", "服务包企业数", "已走访企业数", "走访覆盖率");
    static final List<String> NOT_VISITED_HEADERS = List.of("企业名称", "统一社会信用代码", "乡镇街道", "包联领导", "服务管家",
            "每季度至少走访（次）", "本季度已走访（次）", "最近走访日期");

    private CoverageExport() {
    }

    static List<List<?>> rows(Coverage.Result coverage) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("合计", "合计", coverage.total()));
        String group = switch (coverage.groupBy() == null ? "" : coverage.groupBy()) {
            case "staff" -> "服务管家";
            case "leader" -> "包联领导";
            case "town" -> "乡镇街道";
            case "flag" -> "企业标识";
            default -> "";
        };
        for (Coverage.Group g : coverage.groups()) {
            rows.add(row(group, "flag".equals(coverage.groupBy()) ? FlagNames.chinese(EnterpriseFlag.valueOf(g.key())) : g.label(), g));
        }
        return rows;
    }

    private static List<?> row(String group, String name, Coverage.Group g) {
        List<Object> row = new ArrayList<>(List.of(group, name == null ? g.key() : name, g.assigned(), g.visited()));
        row.add(g.rate());
        return row;
    }

    static List<List<?>> notVisitedRows(List<ServiceViews.PackageView> packages) {
        List<List<?>> rows = new ArrayList<>();
        for (ServiceViews.PackageView p : packages) {
            List<Object> row = new ArrayList<>(List.of(p.enterpriseName(), p.creditCode(), p.regionName()));
            row.add(p.leaderName());
            row.add(p.staffName());
            row.add(p.visitsPerQuarter());
            row.add(p.visitsThisQuarter());
            row.add(p.lastVisit() == null ? null : p.lastVisit().toString());
            rows.add(row);
        }
        return rows;
    }
}
