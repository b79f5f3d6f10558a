package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.shared.web.MessageText;

/** Coverage of a period and its not-yet-visited packages as Excel rows in the reader's language. */
final class CoverageExport {

    private static final Set<String> GROUPS = Set.of("staff", "leader", "town", "flag");

    private CoverageExport() {
    }

    static List<List<?>> rows(Coverage.Result coverage, MessageText text) {
        List<List<?>> rows = new ArrayList<>();
        String total = text.get("enterprise.export.coverage.total");
        rows.add(row(total, total, coverage.total()));
        String group = GROUPS.contains(coverage.groupBy()) ? text.get("enterprise.export.coverage.group." + coverage.groupBy()) : "";
        for (Coverage.Group g : coverage.groups()) {
            rows.add(row(group, "flag".equals(coverage.groupBy()) ? text.get("enterprise.flag." + g.key()) : g.label(), g));
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
