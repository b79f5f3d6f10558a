package org.fagai.cockpit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.Tile;
import org.fagai.cockpit.TileFigure;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.TrendPoint;
import org.fagai.indicator.Warning;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 主要经济指标: the brief's headline indicators with growth, gap to target and rank (economic monitoring's overview), the
 * districts coloured by an indicator's growth for the map, and the GDP growth trend of the last three years.
 */
@Component
class EconomyTile implements CockpitTile {

    static final String MAP_INDICATOR = "GDP";

    private final EconomicIndicators indicators;

    EconomyTile(EconomicIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        Overview overview = indicators.overview(scope.regionCode(), scope.year(), scope.throughMonth());
        List<TileFigure> figures = new ArrayList<>();
        for (OverviewLine l : overview.lines()) {
            if (!l.inBrief() || !l.hasData()) {
                continue;
            }
            String value = l.growthOnly() || l.value() == null ? Show.percent(l.growth())
                    : l.growth() == null ? Show.amount(l.value(), l.unitKind()) : Show.both(Show.amount(l.value(), l.unitKind()), Show.percent(l.growth()));
            List<String> note = new ArrayList<>();
            if (l.target() != null) {
                note.add(StoredText.of("cockpit.note.target", Show.percent(l.target())));
            }
            if (l.gap() != null) {
                note.add(StoredText.of("cockpit.note.gap", Formats.pointsStored(l.gap())));
            }
            if (l.rank() != null) {
                note.add(StoredText.of("cockpit.note.rank", l.rank(), l.rankOf()));
            }
            figures.add(new TileFigure(null, l.name(), value, StoredText.list("shared.clauseSeparator", note), tone(l.warning())));
        }
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("trend", trend(scope));
        if (scope.city() && new ClassPathResource("static/js/geo/" + scope.regionCode() + ".geo.json").exists()) {
            chart.put("map", map(scope));
        }
        return Optional.of(new Tile("economy", 100, "cockpit.tile.economy", "cockpit.source.economy", scope.periodLabel(),
                "/indicators?region=" + scope.regionCode() + "&period=" + scope.year() + "-" + String.format("%02d", scope.throughMonth()),
                figures, chart));
    }

    /** GDP growth by period over three years, for the trend line. */
    private List<Map<String, Object>> trend(CockpitScope scope) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (TrendPoint p : indicators.trend(MAP_INDICATOR, scope.regionCode(), scope.year() - 2, scope.year())) {
            if (p.growth() != null) {
                points.add(Map.of("label", p.label(), "growth", p.growth()));
            }
        }
        return points;
    }

    /** Each district's GDP growth and warning, keyed by region code (the GeoJSON's {@code code} property). */
    private Map<String, Object> map(CockpitScope scope) {
        Comparison comparison = indicators.comparison(scope.regionCode(), scope.year(), scope.throughMonth());
        List<Map<String, Object>> data = new ArrayList<>();
        String name = MAP_INDICATOR;
        for (Comparison.Row row : comparison.rows()) {
            if (!row.code().equals(MAP_INDICATOR)) {
                continue;
            }
            name = row.name();
            for (int i = 0; i < comparison.regions().size(); i++) {
                Comparison.Region region = comparison.regions().get(i);
                BigDecimal growth = row.cells().get(i).growth();
                if (!region.code().equals(scope.regionCode()) && growth != null) {
                    data.add(Map.of("code", region.code(), "name", region.name(), "value", growth,
                            "warning", row.cells().get(i).warning().name()));
                }
            }
        }
        return Map.of("indicator", name, "geo", "/js/geo/" + scope.regionCode() + ".geo.json", "data", data);
    }

    static String tone(Warning warning) {
        return switch (warning) {
            case GREEN -> "ok";
            case YELLOW -> "warn";
            case RED -> "bad";
            case NONE -> null;
        };
    }
}
