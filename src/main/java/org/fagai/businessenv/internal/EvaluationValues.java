package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionLevel;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entered values and benchmarks: stored as sent, one value per year, county and indicator. */
@Service
class EvaluationValues {

    static final BigDecimal LIMIT = new BigDecimal("999999999999");

    record BenchmarkValue(long id, String indicatorCode, String label, BigDecimal value) {
    }

    private final JdbcClient jdbc;
    private final EvaluationAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;

    EvaluationValues(JdbcClient jdbc, EvaluationAccess access, RegionDirectory regions, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
    }

    /** Entered values of a year: indicator code → county code → value. */
    @Transactional(readOnly = true)
    Map<String, Map<String, BigDecimal>> entered(int year, String cityCode) {
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        jdbc.sql("SELECT indicator_code, region_code, value FROM be_value WHERE year = ? AND region_code LIKE ?")
                .params(year, cityCode.substring(0, 4) + "%")
                .query((rs, n) -> result.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        return result;
    }

    @Transactional(readOnly = true)
    List<BenchmarkValue> benchmarks(int year) {
        return jdbc.sql("SELECT id, indicator_code, label, value FROM be_benchmark WHERE year = ? ORDER BY indicator_code, label")
                .param(year).query((rs, n) -> new BenchmarkValue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    @Transactional
    int save(EvaluationCommands.Values command, Map<String, Indicator> measured) {
        Commands.check(command);
        int year = Years.check("year", command.year() == null ? 0 : command.year());
        RegionView region = county(command.regionCode());
        CurrentUser user = access.requireRegion(region.code());
        if (command.values() == null || command.values().isEmpty() || command.values().size() > 200) {
            throw FieldErrors.of("values", StoredText.of("businessenv.error.valuesCount"));
        }
        List<FieldErrors.FieldError> errors = new java.util.ArrayList<>();
        command.values().forEach((code, value) -> {
            if (!measured.containsKey(code)) {
                errors.add(new FieldErrors.FieldError("values." + code, StoredText.of("businessenv.error.notLevelTwo", code)));
            } else if (value != null && (value.abs().compareTo(LIMIT) > 0 || value.scale() > 4)) {
                errors.add(new FieldErrors.FieldError("values." + code, StoredText.of("businessenv.error.valueRange", value.toPlainString())));
            }
        });
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        int saved = 0;
        for (Map.Entry<String, BigDecimal> e : command.values().entrySet()) {
            if (e.getValue() == null) {
                jdbc.sql("DELETE FROM be_value WHERE year = ? AND indicator_code = ? AND region_code = ?")
                        .params(year, e.getKey(), region.code()).update();
                continue;
            }
            saved += jdbc.sql("""
                            INSERT INTO be_value (year, region_code, indicator_code, value, entered_by) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (year, indicator_code, region_code)
                            DO UPDATE SET value = excluded.value, entered_by = excluded.entered_by, entered_at = now()""")
                    .params(year, region.code(), e.getKey(), e.getValue(), user.username()).update();
        }
        audit.record(AuditAction.UPDATE, "business-environment-values", year + "/" + region.code(),
                StoredText.of("businessenv.audit.values", region.name(), year, StoredText.list("shared.clauseSeparator",
                        command.values().entrySet().stream().map(e -> StoredText.of("businessenv.audit.value", e.getKey(),
                                e.getValue() == null ? StoredText.label("businessenv.audit.cleared") : e.getValue().toPlainString())).toList())));
        return saved;
    }

    @Transactional
    long saveBenchmark(EvaluationCommands.Benchmark command, Map<String, Indicator> measured) {
        Commands.check(command);
        access.requireStaff();
        int year = Years.check("year", command.year() == null ? 0 : command.year());
        if (command.indicatorCode() == null || !measured.containsKey(command.indicatorCode())) {
            throw FieldErrors.of("indicatorCode", StoredText.of("businessenv.error.notLevelTwo", command.indicatorCode()));
        }
        if (command.label() == null || command.label().isBlank()) {
            throw FieldErrors.of("label", StoredText.of("businessenv.error.benchmarkLabel"));
        }
        if (command.value() == null || command.value().abs().compareTo(LIMIT) > 0 || command.value().scale() > 4) {
            throw FieldErrors.of("value", StoredText.of("businessenv.error.benchmarkValue"));
        }
        long id = jdbc.sql("""
                        INSERT INTO be_benchmark (year, indicator_code, label, value) VALUES (?, ?, ?, ?)
                        ON CONFLICT (year, indicator_code, label) DO UPDATE SET value = excluded.value RETURNING id""")
                .params(year, command.indicatorCode(), command.label().strip(), command.value()).query(Long.class).single();
        audit.record(AuditAction.UPDATE, "business-environment-benchmark", String.valueOf(id),
                StoredText.of("businessenv.audit.benchmark.set", year, command.indicatorCode(), command.label().strip(), command.value().toPlainString()));
        return id;
    }

    /** A county (区县) of the platform's regions, or a 400 naming the field. */
    RegionView county(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw FieldErrors.of("regionCode", StoredText.of("businessenv.error.countyCode"));
        }
        RegionView region = regions.find(code).orElseThrow(() -> FieldErrors.of("regionCode", StoredText.of("businessenv.error.regionMissing", code)));
        if (region.level() != RegionLevel.COUNTY) {
            throw FieldErrors.of("regionCode", StoredText.of("businessenv.error.notCounty", region.name()));
        }
        return region;
    }
}
