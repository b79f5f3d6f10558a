package org.fagai.project.internal.warnings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The warning rows some projects hold before a refresh of their year from a month on, so that only the projects whose
 * rows come out different are rewritten (a correction that changes no amount, or a file imported again, writes none),
 * with the year-to-date of the month before, which the refresh continues from, read in the same pass.
 *
 * @param rows  the rows of the refreshed months, as the month totals count them
 * @param reasons each of those rows' reasons, by project and month
 * @param prior the year-to-date of the month before the first refreshed one, by project (empty from January)
 */
record StoredRows(List<MonthTotals.Counted> rows, Map<String, String> reasons, Map<Long, BigDecimal> prior) {

    static StoredRows read(JdbcTemplate jdbc, Long[] ids, int year, int fromMonth) {
        List<MonthTotals.Counted> rows = new ArrayList<>();
        Map<String, String> reasons = new HashMap<>();
        Map<Long, BigDecimal> prior = new HashMap<>();
        LocalDate first = LocalDate.of(year, fromMonth, 1);
        jdbc.query("SELECT project_id, month, colour, reasons, year_to_date, stage, region_code FROM project_warning"
                + " WHERE project_id IN (SELECT unnest(?::bigint[])) AND month BETWEEN ? AND ?", (ResultSet rs) -> {
            long id = rs.getLong(1);
            LocalDate month = rs.getObject(2, LocalDate.class);
            if (month.isBefore(first)) {
                prior.put(id, rs.getBigDecimal(5));
                return;
            }
            rows.add(new MonthTotals.Counted(id, month, rs.getString(3), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)));
            reasons.put(key(id, month), rs.getString(4));
        }, ids, fromMonth == 1 ? first : first.minusMonths(1), LocalDate.of(year, 12, 1));
        return new StoredRows(rows, reasons, prior);
    }

    /** The projects that hold any of the rows. */
    Long[] projects() {
        return rows.stream().map(MonthTotals.Counted::projectId).distinct().toArray(Long[]::new);
    }

    /** What a refresh rewrites: the projects with a row that differs, is new or is gone, and their new rows. */
    record Changes(Long[] projects, List<Object[]> written) {
    }

    /** The projects among {@code judged} (rows as WarningCopy writes them) or the stored rows whose rows differ. */
    Changes changes(List<Object[]> judged) {
        Map<String, MonthTotals.Counted> stored = new HashMap<>();
        rows.forEach(r -> stored.put(key(r.projectId(), r.month()), r));
        Set<Long> changed = new LinkedHashSet<>();
        Set<String> matched = new HashSet<>();
        for (Object[] row : judged) {
            String key = key((Long) row[0], (LocalDate) row[1]);
            MonthTotals.Counted old = stored.get(key);
            if (old != null) {
                matched.add(key);
            }
            if (old == null || !old.colour().equals(row[2]) || !Objects.equals(reasons.get(key), row[3])
                    || old.yearToDate().compareTo((BigDecimal) row[4]) != 0 || !old.stage().equals(row[5])
                    || !old.regionCode().equals(row[6])) {
                changed.add((Long) row[0]);
            }
        }
        stored.forEach((key, old) -> {
            if (!matched.contains(key)) {
                changed.add(old.projectId());
            }
        });
        List<Object[]> written = judged.stream().filter(r -> changed.contains((Long) r[0])).toList();
        return new Changes(changed.toArray(Long[]::new), written);
    }

    private static String key(long projectId, LocalDate month) {
        return projectId + "@" + month;
    }
}
