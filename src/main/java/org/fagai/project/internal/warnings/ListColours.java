package org.fagai.project.internal.warnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies the colours the key-project list shows onto its entries ({@code project_plan.colour}, {@code colour_month}), so
 * the list counts and filters a colour and a stage from one index instead of joining every entry of the year to its
 * warning row. A year's list shows the colours of its last ended month (December for a past year, the last ended month
 * for the current and later years), which is the last month a refresh of the year writes: the entries of the years whose
 * list shows that month take their colour from the rows just written. Only changed entries are written.
 */
final class ListColours {

    private ListColours() {
    }

    /**
     * After the warning rows of {@code month} were rewritten for {@code ids} (null: every project): the entries of
     * {@code year}, and of every later year when the month is the last ended one (their lists show it too).
     */
    static void copy(JdbcTemplate jdbc, YearMonth month, int year, boolean lastEnded, Long[] ids) {
        String only = ids == null ? "" : " AND w.project_id IN (SELECT unnest(?::bigint[]))";
        Object[] params = ids == null ? new Object[] {month.atDay(1), year, lastEnded ? 9999 : year}
                : new Object[] {month.atDay(1), year, lastEnded ? 9999 : year, ids};
        jdbc.update("""
                UPDATE project_plan pl SET colour = w.colour, colour_month = w.month
                FROM project_warning w
                WHERE w.month = ? AND pl.project_id = w.project_id AND pl.year BETWEEN ? AND ?
                  AND (pl.colour IS DISTINCT FROM w.colour OR pl.colour_month IS DISTINCT FROM w.month)""" + only, params);
    }

    /**
     * The same when the rows the refresh removed are known (a report, new projects): only the projects whose colour in
     * {@code month} differs from the removed row's (or had none) are written, most reports changing no colour.
     */
    static void copyChanged(JdbcTemplate jdbc, YearMonth month, int year, boolean lastEnded, List<MonthTotals.Counted> removed,
                            List<Object[]> written) {
        LocalDate shown = month.atDay(1);
        Map<Long, String> before = new HashMap<>();
        removed.stream().filter(r -> r.month().equals(shown)).forEach(r -> before.put(r.projectId(), r.colour()));
        Map<Long, String> changed = new HashMap<>();
        for (Object[] row : written) {
            if (shown.equals(row[1]) && !row[2].equals(before.get((Long) row[0]))) {
                changed.put((Long) row[0], (String) row[2]);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        jdbc.update("""
                UPDATE project_plan pl SET colour = c.colour, colour_month = ?
                FROM unnest(?::bigint[], ?::varchar[]) AS c(project_id, colour)
                WHERE pl.project_id = c.project_id AND pl.year BETWEEN ? AND ?""",
                shown, changed.keySet().toArray(Long[]::new), changed.values().toArray(String[]::new), year, lastEnded ? 9999 : year);
    }
}
