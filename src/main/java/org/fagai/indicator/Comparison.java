package org.fagai.indicator;

import java.util.List;

/** The district comparison matrix: indicators × districts, each cell coloured by its warning. */
public record Comparison(String parentCode, String parentName, int year, int month, String periodLabel,
                         List<Region> regions, List<Row> rows) {

    public record Region(String code, String name) {
    }

    public record Row(String code, String name, String unit, String period, List<OverviewLine> cells) {
    }
}
