package org.fagai.cockpit;

import java.util.List;
import java.util.Map;

/**
 * One tile: its title and source as message keys, the period its figures cover (as people read it), the page one click
 * away, the figures, and optionally a chart (ECharts option fragments the page draws: {@code funnel}, {@code map}, {@code trend}).
 *
 * @param key   stable identifier (the module's name), also the element id on the page
 * @param order position on the page (economy 100, projects 200, …)
 */
public record Tile(String key, int order, String titleKey, String sourceKey, String period, String link,
                   List<TileFigure> figures, Map<String, Object> chart) {

    public Tile {
        figures = List.copyOf(figures);
        chart = chart == null ? Map.of() : Map.copyOf(chart);
    }
}
