package org.fagai.indicator;

import java.util.List;

/** The district comparison matrix: indicators × districts, each cell coloured by its warning. */
public record Comparison(String parentCode, String parentName, int year, int month, String periodLabel,
                         List<Region> regions, List<Row> rows) {

    public record Region(String code, String name) {
    }

    public record Row(String code, String name, String unit, String period, List<OverviewLine> cells) {

        /** This row under another name (the reader's language). */
        public Row named(String shown) {
            return new Row(code, shown, unit, period, cells);
        }
    }

    /** This matrix with other rows (named in the reader's language). */
    public Comparison withRows(List<Row> shown) {
        return new Comparison(parentCode, parentName, year, month, periodLabel, regions, shown);
    }
}
