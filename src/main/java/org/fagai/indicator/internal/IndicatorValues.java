package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.EconomicIndicators.ImportRow;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.IndicatorFiguresChanged;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.TrendPoint;
import org.fagai.indicator.Unit;
import org.fagai.indicator.ValueCommand;
import org.fagai.indicator.ValuePage;
import org.fagai.indicator.ValueQuery;
import org.fagai.indicator.ValueView;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.Period;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.fagai.shared.web.ImportRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator values (数据填报): one by form or API, many by import, all or nothing; read back with 同比 growth. */
@Service
class IndicatorValues {

    private static final String VALUE_SELECT = """
            SELECT v.indicator_code, i.name AS indicator_name, i.unit, i.frequency, i.growth_source, i.level_comparable, v.region_code,
                   r.name AS region_name, v.year, v.to_month, v.value, v.reported_growth, p.value AS last_value,
                   v.updated_by, v.updated_at
            FROM indicator_value v
            JOIN indicator i ON i.code = v.indicator_code
            JOIN region r ON r.code = v.region_code
            LEFT JOIN indicator_value p ON p.indicator_code = v.indicator_code AND p.region_code = v.region_code
                 AND p.year = v.year - 1 AND p.to_month = v.to_month
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RegionDirectory regions;
    private final Access access;
    private final IndicatorCatalogue catalogue;
    private final IndicatorMath math;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IndicatorValues(JdbcClient jdbc, AuditLog audit, RegionDirectory regions, Access access, IndicatorCatalogue catalogue,
                    IndicatorSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.regions = regions;
        this.access = access;
        this.catalogue = catalogue;
        this.math = new IndicatorMath(settings);
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    ValueView recordValue(ValueCommand c) {
        Commands.check(c);
        CurrentUser user = access.valueWriter();
        ImportRow row = new ImportRow(1, c.indicatorCode(), c.regionCode(), c.period(),
                c.value() == null ? "" : c.value().toPlainString(),
                c.reportedGrowth() == null ? "" : c.reportedGrowth().toPlainString());
        ValueRules.Outcome outcome = rules(user, List.of(row)).check(List.of(row));
        if (!outcome.errors().isEmpty()) {
            throw new FieldErrors(outcome.errors().stream()
                    .map(e -> new FieldErrors.FieldError(field(e.column()), ValueRules.withoutRow(e.message())))
                    .toList());
        }
        ValueRules.Valid v = outcome.rows().get(0);
        store(List.of(v), user);
        audit.record(AuditAction.UPDATE, "indicator-value", v.indicator().code() + "/" + v.regionCode() + "/"
                        + v.indicator().periodLabel(v.year(), v.toMonth()),
                StoredText.of("indicator.audit.value.reported", v.indicator().name(), v.regionCode(), v.indicator().periodLabel(v.year(), v.toMonth()), Numbers.plain(v.value()), Numbers.plain(v.growth())));
        return jdbc.sql(VALUE_SELECT + " WHERE v.indicator_code = ? AND v.region_code = ? AND v.year = ? AND v.to_month = ?")
                .params(v.indicator().code(), v.regionCode(), v.year(), v.toMonth()).query(this::toValue).single();
    }

    private static String field(String column) {
        return switch (column == null ? "" : column) {
            case ValueRules.CODE -> "indicatorCode";
            case ValueRules.REGION -> "regionCode";
            case ValueRules.PERIOD -> "period";
            case ValueRules.VALUE -> "value";
            case ValueRules.GROWTH -> "reportedGrowth";
            default -> "form";
        };
    }

    @Transactional
    int importValues(List<ImportRow> rows) {
        CurrentUser user = access.valueWriter();
        if (rows.isEmpty()) {
            throw ImportRejected.of("文件中没有数据行");
        }
        ValueRules.Outcome outcome = rules(user, rows).check(rows);
        if (!outcome.errors().isEmpty()) {
            throw new ImportRejected(outcome.errors());
        }
        store(outcome.rows(), user);
        audit.record(AuditAction.IMPORT, "indicator-value", null, StoredText.of("indicator.audit.values.imported", outcome.rows().size()));
        return outcome.rows().size();
    }

    /** The rules for these rows: the catalogue and the rows' regions are read once, not per row. */
    private ValueRules rules(CurrentUser user, List<ImportRow> rows) {
        Map<String, IndicatorView> byCode = catalogue.loadCatalogue().stream()
                .collect(Collectors.toMap(IndicatorView::code, i -> i));
        Set<String> codes = new HashSet<>();
        for (ImportRow row : rows) {
            try {
                codes.add(RegionCode.of(row.regionCode() == null ? "" : row.regionCode().strip()).value());
            } catch (IllegalArgumentException e) {
                // reported by the rules with the row
            }
        }
        Set<String> existing = regions.existing(codes);
        return new ValueRules(byCode, existing::contains, code -> access.mayWriteValue(user, code),
                YearMonth.now(clock.withZone(ChinaTime.ZONE)));
    }

    /**
     * Inserts or replaces the rows in one statement: the columns travel as arrays and are unnested in the database,
     * so an import of thousands of rows is one round trip. The rules have refused duplicate keys, which ON CONFLICT
     * could not update twice.
     */
    private void store(List<ValueRules.Valid> rows, CurrentUser user) {
        events.publishEvent(new IndicatorFiguresChanged(rows.stream().map(ValueRules.Valid::regionCode).collect(Collectors.toSet()),
                rows.stream().map(ValueRules.Valid::year).collect(Collectors.toSet())));
        int n = rows.size();
        String[] codes = new String[n];
        String[] regionCodes = new String[n];
        int[] years = new int[n];
        int[] months = new int[n];
        String[] values = new String[n];
        String[] growths = new String[n];
        for (int i = 0; i < n; i++) {
            ValueRules.Valid v = rows.get(i);
            codes[i] = v.indicator().code();
            regionCodes[i] = v.regionCode();
            years[i] = v.year();
            months[i] = v.toMonth();
            values[i] = v.value() == null ? null : v.value().toPlainString();
            growths[i] = v.growth() == null ? null : v.growth().toPlainString();
        }
        jdbc.sql("""
                INSERT INTO indicator_value (indicator_code, region_code, year, to_month, value, reported_growth, updated_at, updated_by)
                SELECT c, r, y, m, v, g, ?::timestamptz, ?::varchar
                FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::numeric[], ?::numeric[]) AS t (c, r, y, m, v, g)
                ON CONFLICT (indicator_code, region_code, year, to_month) DO UPDATE
                SET value = EXCLUDED.value, reported_growth = EXCLUDED.reported_growth,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .params(OffsetDateTime.now(clock), user.username(), codes, regionCodes, years, months, values, growths)
                .update();
    }

    ValuePage values(ValueQuery q) {
        CurrentUser user = access.reader();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (q.indicatorCode() != null && !q.indicatorCode().isBlank()) {
            where.append(" AND v.indicator_code = ?");
            params.add(q.indicatorCode().strip().toUpperCase());
        }
        if (q.regionCode() != null && !q.regionCode().isBlank()) {
            where.append(" AND v.region_code = ?");
            params.add(q.regionCode().strip());
        }
        if (q.year() != null) {
            where.append(" AND v.year = ?");
            params.add(q.year());
        }
        if (!user.isAdmin()) {
            String home = user.regionCode();
            RegionCode code = RegionCode.of(home);
            where.append(" AND (v.region_code = ? OR r.parent_code = ?)");
            params.add(home);
            params.add(code.level() == RegionLevel.COUNTY ? "------" : home);
        }
        long total = jdbc.sql("SELECT count(*) FROM indicator_value v JOIN region r ON r.code = v.region_code" + where)
                .params(params).query(Long.class).single();
        int size = Math.max(1, Math.min(q.size(), IndicatorSheets.MAX_VALUES));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) Math.max(0, q.page()) * size);
        List<ValueView> values = jdbc.sql(VALUE_SELECT + where
                        + " ORDER BY v.year DESC, v.to_month DESC, i.sort_order, v.region_code LIMIT ? OFFSET ?")
                .params(pageParams).query(this::toValue).list();
        return new ValuePage(values, total);
    }

    List<ValueView> values(String code, String regionCode, Period from, Period to) {
        access.readerOf(regionCode);
        IndicatorView indicator = catalogue.indicator(code);
        return jdbc.sql(VALUE_SELECT + """
                         WHERE v.indicator_code = ? AND v.region_code = ? AND v.year * 100 + v.to_month BETWEEN ? AND ?
                         ORDER BY v.year, v.to_month""")
                .params(indicator.code(), regionCode, from.year() * 100 + from.toMonth(), to.year() * 100 + to.toMonth())
                .query(this::toValue).list();
    }

    List<TrendPoint> trend(String code, String regionCode, int fromYear, int toYear) {
        return values(code, regionCode, Period.monthly(fromYear, 1), Period.monthly(toYear, 12)).stream()
                .map(v -> new TrendPoint(v.year(), v.toMonth(), v.periodLabel(), v.value(), v.growth(), v.growthEstimated()))
                .toList();
    }

    private ValueView toValue(ResultSet rs, int n) throws SQLException {
        Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
        int year = rs.getInt("year");
        int toMonth = rs.getInt("to_month");
        BigDecimal value = rs.getBigDecimal("value");
        BigDecimal reported = rs.getBigDecimal("reported_growth");
        BigDecimal last = rs.getBigDecimal("last_value");
        BigDecimal computed = IndicatorMath.growth(value, last);
        GrowthSource source = GrowthSource.valueOf(rs.getString("growth_source"));
        BigDecimal growth = IndicatorMath.shownGrowth(source, reported, computed);
        String label = (frequency == Frequency.QUARTERLY ? Period.quarterly(year, toMonth / 3) : Period.monthly(year, toMonth)).label();
        return new ValueView(rs.getString("indicator_code"), rs.getString("indicator_name"), Unit.valueOf(rs.getString("unit")),
                rs.getString("region_code"), rs.getString("region_name"), year, toMonth, label, value, last, growth, reported,
                computed, math.growthDiffers(rs.getBoolean("level_comparable"), reported, computed),
                IndicatorMath.isEstimated(reported, growth), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
