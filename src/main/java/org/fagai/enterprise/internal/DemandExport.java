package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.shared.web.MessageText;

/** Demands and their rates as Excel rows in the reader's language (read on the request's thread). */
final class DemandExport {

    private DemandExport() {
    }

    static List<List<?>> rows(List<DemandView> demands, MessageText text) {
        List<List<?>> rows = new ArrayList<>();
        for (DemandView d : demands) {
            List<Object> r = new ArrayList<>();
            r.add(d.id());
            r.add(d.enterpriseName());
            r.add(d.creditCode());
            r.add(d.categoryName());
            r.add(d.content());
            r.add(text.get("enterprise.demand.channel." + d.channel().name()));
            r.add(text.get("enterprise.demand.urgency." + d.urgency().name()));
            r.add(text.get("enterprise.demand.state." + d.state().name()));
            r.add(String.valueOf(d.raisedOn()));
            r.add(d.departmentName());
            r.add(d.leadPersonName());
            r.add(d.workingDays());
            r.add(d.deadline() == null ? null : d.deadline().toString());
            r.add(d.signedOn() == null ? null : d.signedOn().toString());
            r.add(d.respondedInTime());
            r.add(d.answer());
            r.add(d.answeredOn() == null ? null : d.answeredOn().toString());
            r.add(d.reopened());
            r.add(d.firstSatisfaction() == null ? null : text.get("enterprise.demand.satisfaction." + d.firstSatisfaction().name()));
            r.add(d.satisfaction() == null ? null : text.get("enterprise.demand.satisfaction." + d.satisfaction().name()));
            r.add(d.resolved());
            r.add(d.closedOn() == null ? null : d.closedOn().toString());
            rows.add(r);
        }
        return rows;
    }

    static List<List<?>> rateRows(DemandRates.Rates rates, MessageText text) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(text.get("enterprise.export.rates.total"), rates.total()));
        String department = text.get("enterprise.export.rates.department");
        String category = text.get("enterprise.export.rates.category");
        String month = text.get("enterprise.export.rates.month");
        rates.byDepartment().forEach(r -> rows.add(row(department, r)));
        rates.byCategory().forEach(r -> rows.add(row(category, r)));
        rates.byMonth().forEach(r -> rows.add(row(month, r)));
        return rows;
    }

    private static List<?> row(String group, DemandRates.Row r) {
        List<Object> row = new ArrayList<>(List.of(group, r.label(), r.demands(), r.routed(), r.responded(), r.rated(),
                r.resolved(), r.satisfied()));
        row.add(r.responseRate());
        row.add(r.resolutionRate());
        row.add(r.satisfactionRate());
        return row;
    }
}
