package org.fagai.attraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.attraction.internal.AttractionStatistics.By;
import org.fagai.attraction.internal.AttractionStatistics.Funnel;
import org.fagai.attraction.internal.AttractionStatistics.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The districts of a region side by side (the leader's ranking and the monthly report): activities, signed projects,
 * 协议投资 and the funnel's rates, ranked by 协议投资 (equal amounts share a rank: 1, 2, 2, 4).
 */
@Service
class DistrictRanking {

    record Row(int rank, String code, String name, long trips, long negotiations, long majorEvents, Group funnel) {
    }

    record Ranking(Funnel funnel, List<Row> rows) {
    }

    private final AttractionStatistics statistics;
    private final JdbcClient jdbc;

    DistrictRanking(AttractionStatistics statistics, JdbcClient jdbc) {
        this.statistics = statistics;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Ranking rank(AttractionPeriod period, String regionCode) {
        Funnel funnel = statistics.funnel(period, regionCode, By.REGION);
        String key = AttractionStatistics.keyColumn(By.REGION, funnel.region()).replace("l.", "a.");
        String prefix = AttractionAccess.prefix(funnel.region()) + "%";
        Map<String, long[]> activities = new HashMap<>();
        count(activities, 0, "SELECT " + key + ", count(*) FROM attraction_trip a WHERE a.principal AND a.started_on BETWEEN ? AND ?"
                + " AND a.region_code LIKE ? GROUP BY 1", period, prefix);
        count(activities, 1, "SELECT " + key + ", count(*) FROM attraction_negotiation a WHERE a.held_on BETWEEN ? AND ?"
                + " AND a.region_code LIKE ? GROUP BY 1", period, prefix);
        count(activities, 2, "SELECT " + key + ", count(*) FROM attraction_event a WHERE a.major AND a.held_on BETWEEN ? AND ?"
                + " AND a.region_code LIKE ? GROUP BY 1", period, prefix);
        Map<String, Group> groups = new HashMap<>();
        funnel.groups().forEach(g -> groups.put(g.key(), g));
        List<String> keys = new ArrayList<>(groups.keySet());
        activities.keySet().stream().filter(k -> !groups.containsKey(k)).forEach(keys::add);
        Map<String, String> names = statistics.regionNames(keys, funnel.region());
        List<Row> rows = new ArrayList<>();
        for (String k : keys) {
            long[] a = activities.getOrDefault(k, new long[3]);
            Group g = groups.getOrDefault(k, new Group(k, names.get(k), FunnelFigures.LeadCohort.NONE, FunnelFigures.SignedCohort.NONE,
                    FunnelFigures.Rates.of(FunnelFigures.LeadCohort.NONE, FunnelFigures.SignedCohort.NONE)));
            rows.add(new Row(0, k, names.getOrDefault(k, k), a[0], a[1], a[2], g));
        }
        List<Row> ranked = org.fagai.shared.Ranking.highestFirst(rows, r -> r.funnel().signed().agreedInvestment(),
                        java.util.Comparator.comparing(Row::code)).stream()
                .map(r -> new Row(r.rank(), r.item().code(), r.item().name(), r.item().trips(), r.item().negotiations(),
                        r.item().majorEvents(), r.item().funnel()))
                .toList();
        return new Ranking(funnel, ranked);
    }

    private void count(Map<String, long[]> into, int slot, String sql, AttractionPeriod period, String prefix) {
        jdbc.sql(sql).params(period.from(), period.to(), prefix)
                .query((rs, n) -> into.computeIfAbsent(rs.getString(1), k -> new long[3])[slot] = rs.getLong(2)).list();
    }
}
