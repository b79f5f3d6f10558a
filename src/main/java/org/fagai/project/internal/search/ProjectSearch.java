package org.fagai.project.internal.search;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fagai.organization.UserDirectory;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;
import org.fagai.project.internal.registry.InvestmentType;
import org.fagai.project.internal.registry.ProjectScope;
import org.fagai.project.internal.warnings.WarningBook;
import org.fagai.shared.Percent;
import org.fagai.shared.InvalidCodeException;
import org.fagai.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The filtered, sorted, paged project list, and the same rows streamed for export. */
@Service
public class ProjectSearch {

    private static final Map<String, String> SORTS = Map.of("code", "p.code", "name", "p.name", "total", "p.total_investment",
            "plan", "pl.planned_investment", "stage", "p.stage", "region", "p.region_code", "start", "p.start_month");

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final WarningBook warnings;

    ProjectSearch(JdbcTemplate jdbc, UserDirectory users, WarningBook warnings) {
        this.jdbc = jdbc;
        this.users = users;
        this.warnings = warnings;
    }

    public record Page(List<ProjectListItem> items, long total, int year, YearMonth warningMonth) {
    }

    /** The latest year that has key-project lists, the default of every list. */
    public int defaultYear() {
        Integer year = jdbc.queryForObject("SELECT max(year) FROM project_plan WHERE year <= ?", Integer.class,
                warnings.lastClosedMonth().getYear() + 1);
        return year == null ? warnings.lastClosedMonth().getYear() : year;
    }

    /** Warnings of a year are those of its last ended month. */
    public YearMonth warningMonth(int year) {
        YearMonth last = warnings.lastClosedMonth();
        return YearMonth.of(year, 12).isAfter(last) ? last : YearMonth.of(year, 12);
    }

    @Transactional(readOnly = true)
    public Page search(ProjectQuery query) {
        ProjectQuery q = query.year() == null ? query.withYear(defaultYear()).pageSized() : query.pageSized();
        YearMonth wm = warningMonth(q.year());
        Filter filter = filter(q, wm, true);
        Long total = jdbc.queryForObject("SELECT count(*)" + countFrom(filter, wm) + filter.where(), Long.class, filter.params().toArray());
        List<Object> pageParams = new ArrayList<>(filter.params());
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        // The wide text columns are read only by the export: a page sorts narrow rows.
        List<ProjectListItem> items = jdbc.query(select(wm, false) + from(wm) + filter.where() + order(q) + " LIMIT ? OFFSET ?",
                (rs, i) -> item(rs, q.year(), false), pageParams.toArray());
        return new Page(items, total == null ? 0 : total, q.year(), wm);
    }

    /** Streams every matching row (no paging) to the consumer, for the Excel export. */
    @Transactional(readOnly = true)
    int stream(ProjectQuery query, Consumer<ProjectListItem> consumer) {
        ProjectQuery q = query.year() == null ? query.withYear(defaultYear()) : query;
        return stream(q, warningMonth(q.year()), consumer);
    }

    /** Every project of the month's year lists with its colour for that month (green when not yet judged). */
    @Transactional(readOnly = true)
    public int streamForMonth(YearMonth month, ProjectLevel level, WarningColour colour, Consumer<ProjectListItem> consumer) {
        return stream(new ProjectQuery(month.getYear(), level, null, null, null, null, colour, null, null, false, 0, 0), month, consumer);
    }

    private int stream(ProjectQuery q, YearMonth wm, Consumer<ProjectListItem> consumer) {
        Filter filter = filter(q, wm, wm.equals(warningMonth(q.year())));
        int[] count = {0};
        jdbc.query(select(wm, true) + from(wm) + filter.where() + order(q), (RowCallbackHandler) rs -> {
            consumer.accept(item(rs, q.year(), true));
            count[0]++;
        }, filter.params().toArray());
        return count[0];
    }

    private static String select(YearMonth wm, boolean wide) {
        return """
                SELECT p.code, p.provisional_code, p.name, p.owner_unit, p.owner_credit_code, p.region_code, r.name AS region_name,
                       p.industry_code, p.start_month, p.end_month, pl.level, pl.nature, p.stage,
                       p.total_investment, pl.planned_investment, w.colour, w.reasons, coalesce(w.year_to_date, 0) AS ytd,
                       p.investment_type"""
                + (wide ? ", p.location, p.scale_content" : "");
    }

    /**
     * The count reads the list entries alone unless a filter needs the project row (industry, keyword, an owner's scope)
     * or the warning row (a month other than the one the list shows): the entry keeps its project's stage and region and
     * its year's list colour, so the common mixes are counted from one index.
     */
    private static String countFrom(Filter filter, YearMonth wm) {
        return " FROM project_plan pl" + (filter.project() ? " JOIN project p ON p.id = pl.project_id" : "")
                + (filter.warning() ? " LEFT JOIN project_warning w ON w.project_id = pl.project_id AND w.month = '" + wm.atDay(1) + "'" : "");
    }

    private static String from(YearMonth wm) {
        return " FROM project_plan pl JOIN project p ON p.id = pl.project_id LEFT JOIN region r ON r.code = p.region_code"
                + " LEFT JOIN project_warning w ON w.project_id = p.id AND w.month = '" + wm.atDay(1) + "'";
    }

    /** A WHERE clause with its parameters, and whether it reads the project row ({@code p}) or the warning row ({@code w}). */
    private record Filter(String where, List<Object> params, boolean project, boolean warning) {
    }

    /**
     * The filters on the list entry ({@code pl}: year, level, nature, and its project's stage and region as it keeps
     * them), on the project for the rest; a colour on the entry's list colour when {@code wm} is the month its year's
     * list shows ({@code listMonth}), else on that month's warning row.
     */
    private Filter filter(ProjectQuery q, YearMonth wm, boolean listMonth) {
        List<Object> params = new ArrayList<>();
        boolean project = false;
        boolean warning = false;
        StringBuilder where = new StringBuilder(" WHERE pl.year = ?");
        params.add(q.year());
        if (q.level() != null) {
            where.append(" AND pl.level = ?");
            params.add(q.level().name());
        }
        if (q.nature() != null) {
            where.append(" AND pl.nature = ?");
            params.add(q.nature().name());
        }
        if (q.stage() != null) {
            where.append(" AND pl.stage = ?");
            params.add(q.stage().name());
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.append(" AND pl.region_code LIKE ?");
            params.add(RegionCode.filterPrefix(q.region()) + "%");
        }
        if (q.industry() != null && !q.industry().isBlank()) {
            String industry = q.industry().trim().toUpperCase();
            if (industry.matches("[A-T]")) {
                where.append(" AND p.industry_code IN (SELECT code FROM industry WHERE section = ?)");
            } else {
                where.append(" AND p.industry_code LIKE ?");
                industry = industry + "%";
            }
            params.add(industry);
            project = true;
        }
        if (q.warning() != null && listMonth) {
            // Not yet judged in the list's month (no colour of that month): green.
            where.append(q.warning() == WarningColour.GREEN ? " AND (pl.colour = ? OR pl.colour_month IS DISTINCT FROM ?)"
                    : " AND pl.colour = ? AND pl.colour_month = ?");
            params.add(q.warning().name());
            params.add(wm.atDay(1));
        } else if (q.warning() != null) {
            where.append(q.warning() == WarningColour.GREEN ? " AND coalesce(w.colour, 'GREEN') = ?" : " AND w.colour = ?");
            params.add(q.warning().name());
            warning = true;
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND p.search_text LIKE ?");
            params.add("%" + q.q().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            project = true;
        }
        ProjectScope scope = new ProjectScope(users.requireCurrent());
        where.append(" AND ").append(scope.sql(params, "pl.region_code"));
        return new Filter(where.toString(), params, project || scope.needsProject(), warning);
    }

    private static String order(ProjectQuery q) {
        String column = SORTS.getOrDefault(q.sort() == null ? "" : q.sort(), "p.code");
        return " ORDER BY " + column + (q.descending() ? " DESC" : " ASC") + ", p.id";
    }

    private static ProjectListItem item(ResultSet rs, int year, boolean wide) throws SQLException {
        BigDecimal ytd = rs.getBigDecimal("ytd");
        BigDecimal plan = rs.getBigDecimal("planned_investment");
        String colour = rs.getString("colour");
        return new ProjectListItem(rs.getString("code"), rs.getBoolean("provisional_code"), rs.getString("name"),
                rs.getString("owner_unit"), rs.getString("owner_credit_code"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getString("industry_code"), wide ? rs.getString("location") : null,
                wide ? rs.getString("scale_content") : null, month(rs, "start_month"), month(rs, "end_month"), year,
                ProjectLevel.valueOf(rs.getString("level")), ProjectNature.valueOf(rs.getString("nature")),
                ProjectStage.valueOf(rs.getString("stage")), rs.getBigDecimal("total_investment"), plan, ytd,
                Percent.ofOrZero(ytd, plan), colour == null ? null : WarningColour.valueOf(colour), rs.getString("reasons"),
                InvestmentType.valueOf(rs.getString("investment_type")));
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
    }
}
