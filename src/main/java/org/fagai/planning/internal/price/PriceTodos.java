package org.fagai.planning.internal.price;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.shared.web.MessageText;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A collector's price collection due: today when it is a collection day (yellow), and the last collection day before
 * it when prices are still missing there (red).
 */
@Component
class PriceTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final PriceMonitoring monitoring;
    private final MessageText text;

    PriceTodos(JdbcClient jdbc, PriceMonitoring monitoring, MessageText text) {
        this.text = text;
        this.jdbc = jdbc;
        this.monitoring = monitoring;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        List<Point> points = jdbc.sql("SELECT id, code, name FROM price_point WHERE collector_id = ? AND enabled ORDER BY code")
                .param(user.id())
                .query((rs, n) -> new Point(rs.getInt("id"), rs.getString("code"), rs.getString("name"), null, null, null, null, true))
                .list();
        if (points.isEmpty()) {
            return List.of();
        }
        CollectionCycle cycle = monitoring.cycle();
        LocalDate today = monitoring.today();
        int goods = jdbc.sql("SELECT count(*) FROM price_good WHERE enabled").query(Integer.class).single();
        List<TodoEntry> entries = new ArrayList<>();
        for (Point p : points) {
            cycle.previousCollectionDay(today).filter(day -> missing(p, day, goods))
                    .ifPresent(day -> entries.add(entry(p, day, cycle, Colour.RED)));
            if (cycle.isCollectionDay(today) && missing(p, today, goods)) {
                entries.add(entry(p, today, cycle, Colour.YELLOW));
            }
        }
        return entries;
    }

    private boolean missing(Point p, LocalDate day, int goods) {
        return jdbc.sql("""
                        SELECT count(*) FROM price_observation o JOIN price_good g ON g.id = o.good_id AND g.enabled
                        WHERE o.point_id = ? AND o.observed_on = ?""")
                .params(p.id(), day).query(Integer.class).single() < goods;
    }

    private TodoEntry entry(Point p, LocalDate day, CollectionCycle cycle, Colour colour) {
        String kind = cycle.dailyWindow(day).map(h -> text.get("planning.todo.priceDaily", h.name())).orElse(text.get("planning.todo.priceWeekly"));
        return new TodoEntry("planning.priceCollect", text.get("planning.todo.priceCollect", p.name(), kind), day, colour,
                "/prices/collect?point=" + p.id() + "&date=" + day);
    }
}
