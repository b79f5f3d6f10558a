package org.fagai.indicator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.indicator.Frequency;
import org.fagai.indicator.GrowthSource;
import org.fagai.indicator.IndicatorForm;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.Unit;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue (指标目录): read by everyone who may read indicators, maintained by administrators. */
@Service
class IndicatorCatalogue {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Access access;

    IndicatorCatalogue(JdbcClient jdbc, AuditLog audit, Access access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    List<IndicatorView> catalogue() {
        access.reader();
        return loadCatalogue();
    }

    List<IndicatorView> loadCatalogue() {
        return jdbc.sql("SELECT * FROM indicator ORDER BY sort_order, code").query(IndicatorCatalogue::toIndicator).list();
    }

    List<IndicatorView> enabledCatalogue() {
        return loadCatalogue().stream().filter(IndicatorView::enabled).toList();
    }

    IndicatorView indicator(String code) {
        access.reader();
        return find(code).orElseThrow(() -> new NotFoundException(StoredText.of("indicator.error.noIndicator", code)));
    }

    Optional<IndicatorView> find(String code) {
        return jdbc.sql("SELECT * FROM indicator WHERE code = ?").param(code == null ? "" : code.strip().toUpperCase())
                .query(IndicatorCatalogue::toIndicator).optional();
    }

    @Transactional
    IndicatorView saveIndicator(IndicatorForm f) {
        access.admin();
        String code = f.code().strip().toUpperCase();
        Optional<IndicatorView> clash = loadCatalogue().stream()
                .filter(i -> i.name().equals(f.name().strip()) && !i.code().equals(code)).findFirst();
        if (clash.isPresent()) {
            throw FieldErrors.of("name", StoredText.of("indicator.error.nameTaken", f.name().strip(), clash.get().code()));
        }
        if (f.growthOnly() && f.growthSource() != GrowthSource.REPORTED) {
            throw FieldErrors.of("growthSource", StoredText.of("indicator.error.growthSource"));
        }
        boolean exists = find(code).isPresent();
        jdbc.sql("""
                INSERT INTO indicator (code, name, name_en, unit, frequency, january_alone, growth_source, level_comparable, growth_only,
                                       additive, brief_verb, in_brief, sort_order, enabled)
                VALUES (:code, :name, :nameEn, :unit, :frequency, :jan, :source, :levelComparable, :growthOnly, :additive, :verb,
                        :inBrief, :sort, :enabled)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, unit = EXCLUDED.unit, frequency = EXCLUDED.frequency,
                    january_alone = EXCLUDED.january_alone, growth_source = EXCLUDED.growth_source,
                    level_comparable = EXCLUDED.level_comparable,
                    growth_only = EXCLUDED.growth_only, additive = EXCLUDED.additive, brief_verb = EXCLUDED.brief_verb,
                    in_brief = EXCLUDED.in_brief, sort_order = EXCLUDED.sort_order, enabled = EXCLUDED.enabled""")
                .param("code", code).param("name", f.name().strip())
                .param("nameEn", f.englishName() == null ? "" : f.englishName().strip()).param("unit", f.unit().name())
                .param("frequency", f.frequency().name()).param("jan", f.januaryAlone())
                .param("source", f.growthSource().name()).param("levelComparable", f.levelComparable())
                .param("growthOnly", f.growthOnly())
                .param("additive", f.additive()).param("verb", f.briefVerb() == null ? "" : f.briefVerb().strip())
                .param("inBrief", f.inBrief()).param("sort", f.sortOrder()).param("enabled", f.enabled()).update();
        audit.record(exists ? AuditAction.UPDATE : AuditAction.CREATE, "indicator", code,
                StoredText.of(exists ? "indicator.audit.catalogue.changed" : "indicator.audit.catalogue.added", f.name().strip(),
                        StoredText.label("indicator.unit." + f.unit().name()), StoredText.label("indicator.frequency." + f.frequency().name()),
                        StoredText.label("indicator.growthSource." + f.growthSource().name()),
                        f.levelComparable() ? StoredText.label("indicator.audit.catalogue.levelComparable") : ""));
        return find(code).orElseThrow();
    }

    static IndicatorView toIndicator(ResultSet rs, int n) throws SQLException {
        return new IndicatorView(rs.getString("code"), rs.getString("name"), rs.getString("name_en"), Unit.valueOf(rs.getString("unit")),
                Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("january_alone"),
                GrowthSource.valueOf(rs.getString("growth_source")), rs.getBoolean("level_comparable"), rs.getBoolean("growth_only"),
                rs.getBoolean("additive"), rs.getString("brief_verb"), rs.getBoolean("in_brief"), rs.getInt("sort_order"),
                rs.getBoolean("enabled"));
    }
}
