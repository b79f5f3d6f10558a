package org.fagai.supervision.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The year's work areas (工作领域) annual tasks are grouped by. */
@Component
class Areas {

    private final JdbcClient jdbc;

    Areas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, String> of(int year) {
        Map<Integer, String> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT seq, name FROM supervision_area WHERE year = ? ORDER BY seq").param(year)
                .query((rs, n) -> areas.put(rs.getInt(1), rs.getString(2))).list();
        return areas;
    }

    void define(int year, List<String> names) {
        jdbc.sql("DELETE FROM supervision_area WHERE year = ?").param(year).update();
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("INSERT INTO supervision_area (year, seq, name) VALUES (?, ?, ?)").params(year, i + 1, names.get(i)).update();
        }
    }
}
