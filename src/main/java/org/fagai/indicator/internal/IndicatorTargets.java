package org.fagai.indicator.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.indicator.IndicatorFiguresChanged;
import org.fagai.indicator.IndicatorView;
import org.fagai.indicator.TargetCommand;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.Unit;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual targets per region and indicator: growth (%) and/or absolute, set by staff and administrators. */
@Service
class IndicatorTargets {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RegionDirectory regions;
    private final Access access;
    private final IndicatorCatalogue catalogue;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IndicatorTargets(JdbcClient jdbc, AuditLog audit, RegionDirectory regions, Access access, IndicatorCatalogue catalogue,
                     Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.regions = regions;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    TargetView setTarget(TargetCommand c) {
        List<FieldErrors.FieldError> errors = new ArrayList<>(Commands.violations(c));
        IndicatorView indicator = c.indicatorCode() == null ? null : catalogue.find(c.indicatorCode()).orElse(null);
        if (indicator == null) {
            errors.add(new FieldErrors.FieldError("indicatorCode", StoredText.of("indicator.error.notInCatalogue", c.indicatorCode())));
        }
        String region = c.regionCode() == null ? "" : c.regionCode().strip();
        if (regions.find(region).isEmpty()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("indicator.error.noRegion", region)));
        } else if (!RegionCode.of(region).isCountyOrAbove()) {
            errors.add(new FieldErrors.FieldError("regionCode", StoredText.of("indicator.error.targetCounty", region)));
        }
        if (c.year() == null || !Years.contains(c.year())) {
            errors.add(new FieldErrors.FieldError("year", StoredText.of("indicator.error.year", Years.RANGE)));
        }
        if (c.growthTarget() == null && c.absoluteTarget() == null) {
            errors.add(new FieldErrors.FieldError("growthTarget", StoredText.of("indicator.error.targetNone")));
        }
        if (c.growthTarget() != null && (c.growthTarget().abs().compareTo(BigDecimal.valueOf(1000)) > 0
                || c.growthTarget().stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldErrors.FieldError("growthTarget", StoredText.of("indicator.error.growthRange")));
        }
        if (c.absoluteTarget() != null && c.absoluteTarget().signum() <= 0) {
            errors.add(new FieldErrors.FieldError("absoluteTarget", StoredText.of("indicator.error.absolutePositive")));
        }
        if (indicator != null && indicator.growthOnly() && c.absoluteTarget() != null) {
            errors.add(new FieldErrors.FieldError("absoluteTarget", StoredText.of("indicator.error.growthOnly", indicator.name())));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        CurrentUser user = access.targetWriter(region);
        jdbc.sql("""
                INSERT INTO indicator_target (indicator_code, region_code, year, growth_target, absolute_target, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (indicator_code, region_code, year) DO UPDATE
                SET growth_target = EXCLUDED.growth_target, absolute_target = EXCLUDED.absolute_target,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .params(indicator.code(), region, c.year(), c.growthTarget(), c.absoluteTarget(), OffsetDateTime.now(clock),
                        user.username())
                .update();
        audit.record(AuditAction.UPDATE, "indicator-target", indicator.code() + "/" + region + "/" + c.year(),
                StoredText.of("indicator.audit.target.set", c.year(), indicator.name(), region, Numbers.plain(c.growthTarget()), Numbers.plain(c.absoluteTarget()), indicator.unit().label()));
        events.publishEvent(new IndicatorFiguresChanged(Set.of(region), Set.of(c.year())));
        return targets(region, c.year()).stream().filter(t -> t.indicatorCode().equals(indicator.code())).findFirst()
                .orElseThrow();
    }

    List<TargetView> targets(String regionCode, int year) {
        access.readerOf(regionCode);
        return jdbc.sql("""
                        SELECT t.*, i.name AS indicator_name, i.unit, r.name AS region_name
                        FROM indicator_target t JOIN indicator i ON i.code = t.indicator_code JOIN region r ON r.code = t.region_code
                        WHERE t.region_code = ? AND t.year = ? ORDER BY i.sort_order, i.code""")
                .params(regionCode, year)
                .query((rs, n) -> new TargetView(rs.getString("indicator_code"), rs.getString("indicator_name"),
                        Unit.valueOf(rs.getString("unit")), rs.getString("region_code"), rs.getString("region_name"),
                        rs.getInt("year"), rs.getBigDecimal("growth_target"), rs.getBigDecimal("absolute_target"),
                        rs.getString("updated_by")))
                .list();
    }
}
