package org.fagai.supervision.internal;

/** How the index of problem lists may be sorted: each key names the column, the SQL orders by it (newest first on ties). */
enum ProblemListSort {
    YEAR("l.year"),
    TITLE("l.title"),
    PROBLEMS("problems"),
    MEASURES("m.measures"),
    RATE("CASE WHEN m.measures = 0 THEN NULL ELSE m.on_time::numeric / m.measures END");

    private final String column;

    ProblemListSort(String column) {
        this.column = column;
    }

    String orderBy(boolean descending) {
        return column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", l.year DESC, l.id DESC";
    }
}
