package org.fagai.planning.internal.price;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The price tables. {@code price_daily} keeps, per good, day and district, the count and sum of the prices, refreshed
 * from the observations in the same transaction as every write; series and warnings read it.
 */
@Repository
class PriceStore {

    private final JdbcClient jdbc;

    PriceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Good> goods() {
        return jdbc.sql("SELECT * FROM price_good ORDER BY seq, id").query((rs, n) -> good(rs)).list();
    }

    Optional<Good> good(int id) {
        return jdbc.sql("SELECT * FROM price_good WHERE id = ?").param(id).query((rs, n) -> good(rs)).optional();
    }

    Optional<Good> goodByCode(String code) {
        return jdbc.sql("SELECT * FROM price_good WHERE code = ?").param(code).query((rs, n) -> good(rs)).optional();
    }

    int insertGood(Good g) {
        return jdbc.sql("""
                        INSERT INTO price_good (code, name, category, unit, spec, seq, yellow_pct, red_pct)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(g.code(), g.name(), g.category(), g.unit(), g.spec(), g.seq(), g.yellowPercent(), g.redPercent())
                .query(Integer.class).single();
    }

    List<Point> points() {
        return jdbc.sql("SELECT * FROM price_point ORDER BY region_code, code").query((rs, n) -> point(rs)).list();
    }

    Optional<Point> point(int id) {
        return jdbc.sql("SELECT * FROM price_point WHERE id = ?").param(id).query((rs, n) -> point(rs)).optional();
    }

    Optional<Point> pointByCode(String code) {
        return jdbc.sql("SELECT * FROM price_point WHERE code = ?").param(code).query((rs, n) -> point(rs)).optional();
    }

    int insertPoint(Point p) {
        return jdbc.sql("""
                        INSERT INTO price_point (code, name, kind, region_code, address, collector_id)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(p.code(), p.name(), p.kind(), p.regionCode(), p.address(), p.collectorId())
                .query(Integer.class).single();
    }

    void upsert(int goodId, int pointId, LocalDate day, BigDecimal price, String by) {
        jdbc.sql("""
                        INSERT INTO price_observation (good_id, observed_on, point_id, price, entered_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (good_id, observed_on, point_id) DO UPDATE SET price = EXCLUDED.price,
                            entered_by = EXCLUDED.entered_by, entered_at = now()""")
                .params(goodId, day, pointId, price, by).update();
    }

    /** Recomputes the day's sums of the given goods in one district from the observations. */
    void refreshDaily(List<Integer> goodIds, LocalDate day, String regionCode) {
        Integer[] ids = goodIds.toArray(Integer[]::new);
        jdbc.sql("DELETE FROM price_daily WHERE good_id = ANY(?) AND observed_on = ? AND region_code = ?")
                .params(ids, day, regionCode).update();
        jdbc.sql("""
                        INSERT INTO price_daily (good_id, observed_on, region_code, points, total)
                        SELECT o.good_id, o.observed_on, p.region_code, count(*), sum(o.price)
                        FROM price_observation o JOIN price_point p ON p.id = o.point_id
                        WHERE o.good_id = ANY(?) AND o.observed_on = ? AND p.region_code = ?
                        GROUP BY o.good_id, o.observed_on, p.region_code""")
                .params(ids, day, regionCode).update();
    }

    /** A good's daily sums over the districts in scope (null: all) between two days. */
    List<DailyAverage> daily(int goodId, LocalDate from, LocalDate to, String[] regions) {
        return jdbc.sql("""
                        SELECT observed_on, sum(points) AS points, sum(total) AS total FROM price_daily
                        WHERE good_id = ? AND observed_on BETWEEN ? AND ? AND (CAST(? AS VARCHAR[]) IS NULL OR region_code = ANY(?))
                        GROUP BY observed_on ORDER BY observed_on""")
                .params(goodId, from, to, regions, regions)
                .query((rs, n) -> new DailyAverage(rs.getObject("observed_on", LocalDate.class), rs.getInt("points"),
                        rs.getBigDecimal("total")))
                .list();
    }

    /** One row per good with prices on {@code day}: the day's sums and those of its previous collection. */
    record DayRow(int goodId, DailyAverage today, DailyAverage previous) {
    }

    List<DayRow> day(LocalDate day, String[] regions) {
        return jdbc.sql("""
                        WITH scope AS NOT MATERIALIZED (
                            SELECT * FROM price_daily WHERE CAST(? AS VARCHAR[]) IS NULL OR region_code = ANY(?)),
                        today AS (
                            SELECT good_id, sum(points) AS points, sum(total) AS total FROM scope WHERE observed_on = ? GROUP BY good_id)
                        SELECT t.good_id, t.points, t.total, prev.day AS prev_day, prev.points AS prev_points, prev.total AS prev_total
                        FROM today t
                        LEFT JOIN LATERAL (
                            SELECT d.observed_on AS day, sum(d.points) AS points, sum(d.total) AS total FROM scope d
                            WHERE d.good_id = t.good_id AND d.observed_on = (
                                SELECT max(x.observed_on) FROM scope x WHERE x.good_id = t.good_id AND x.observed_on < ?)
                            GROUP BY d.observed_on) prev ON TRUE""")
                .params(regions, regions, day, day)
                .query((rs, n) -> new DayRow(rs.getInt("good_id"), new DailyAverage(day, rs.getInt("points"), rs.getBigDecimal("total")),
                        daily(rs, "prev")))
                .list();
    }

    /** Every good's daily sums between two days, by good and day (the candidates of a 同比). */
    java.util.Map<Integer, java.util.TreeMap<LocalDate, DailyAverage>> window(LocalDate from, LocalDate to, String[] regions) {
        java.util.Map<Integer, java.util.TreeMap<LocalDate, DailyAverage>> byGood = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT good_id, observed_on, sum(points) AS points, sum(total) AS total FROM price_daily
                        WHERE observed_on BETWEEN ? AND ? AND (CAST(? AS VARCHAR[]) IS NULL OR region_code = ANY(?))
                        GROUP BY good_id, observed_on""")
                .params(from, to, regions, regions)
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("observed_on", LocalDate.class);
                    return byGood.computeIfAbsent(rs.getInt("good_id"), k -> new java.util.TreeMap<>())
                            .put(day, new DailyAverage(day, rs.getInt("points"), rs.getBigDecimal("total")));
                })
                .list();
        return byGood;
    }

    /** Each point's price of a good on a day, with the point's name, for the outlier check. */
    record PointPrice(int pointId, String pointName, String regionCode, BigDecimal price) {
    }

    List<PointPrice> pointPrices(int goodId, LocalDate day) {
        return jdbc.sql("""
                        SELECT o.point_id, p.name, p.region_code, o.price FROM price_observation o JOIN price_point p ON p.id = o.point_id
                        WHERE o.good_id = ? AND o.observed_on = ? ORDER BY o.price""")
                .params(goodId, day)
                .query((rs, n) -> new PointPrice(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4))).list();
    }

    /** The prices a point entered on a day, by good id. */
    java.util.Map<Integer, BigDecimal> entered(int pointId, LocalDate day) {
        java.util.Map<Integer, BigDecimal> prices = new java.util.HashMap<>();
        jdbc.sql("SELECT good_id, price FROM price_observation WHERE point_id = ? AND observed_on = ?").params(pointId, day)
                .query((rs, n) -> prices.put(rs.getInt(1), rs.getBigDecimal(2))).list();
        return prices;
    }

    Optional<LocalDate> latestDay(LocalDate notAfter) {
        return Optional.ofNullable(jdbc.sql("SELECT max(observed_on) FROM price_daily WHERE observed_on <= ?").param(notAfter)
                .query(LocalDate.class).single());
    }

    private static DailyAverage daily(ResultSet rs, String prefix) throws SQLException {
        LocalDate day = rs.getObject(prefix + "_day", LocalDate.class);
        return day == null ? null : new DailyAverage(day, rs.getInt(prefix + "_points"), rs.getBigDecimal(prefix + "_total"));
    }

    private static Good good(ResultSet rs) throws SQLException {
        return new Good(rs.getInt("id"), rs.getString("code"), rs.getString("name"), rs.getString("category"), rs.getString("unit"),
                rs.getString("spec"), rs.getInt("seq"), rs.getBigDecimal("yellow_pct"), rs.getBigDecimal("red_pct"),
                rs.getBoolean("enabled"));
    }

    private static Point point(ResultSet rs) throws SQLException {
        long collector = rs.getLong("collector_id");
        return new Point(rs.getInt("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                rs.getString("region_code"), rs.getString("address"), rs.wasNull() ? null : collector, rs.getBoolean("enabled"));
    }
}
