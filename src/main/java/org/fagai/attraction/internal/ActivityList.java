package org.fagai.attraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.fagai.shared.web.Formats;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists of trips, negotiations and signing events within the user's scope, filtered by year, region and keyword. */
@Component
class ActivityList {

    /** The filters every activity list shares; {@code principal} only for trips (党政主要领导带队). */
    record Filter(Integer year, String region, String q, Boolean principal, int page, int size) {
    }

    record Page<T>(List<T> items, long total, int page, int size) {
    }

    record TripView(long id, String regionCode, String regionName, LocalDate startedOn, LocalDate endedOn, boolean principal,
                    String leaders, String delegation, String destination, String visited, long leads) {
    }

    record NegotiationView(long id, LocalDate heldOn, String regionCode, String regionName, String topic, String participants,
                           String outcome, String nextStep, String leads) {
    }

    record EventView(long id, String name, LocalDate heldOn, EventLevel level, boolean major, String organizer, String location,
                     String regionCode, String regionName, long projects, BigDecimal agreedInvestment) {
    }

    private final JdbcClient jdbc;
    private final AttractionAccess access;
    private final RegionDirectory regions;
    private final Formats fmt;

    ActivityList(JdbcClient jdbc, AttractionAccess access, RegionDirectory regions, Formats fmt) {
        this.jdbc = jdbc;
        this.access = access;
        this.regions = regions;
        this.fmt = fmt;
    }

    @Transactional(readOnly = true)
    Page<TripView> trips(Filter f) {
        Map<String, String> names = new HashMap<>();
        return page("attraction_trip a", "a.started_on", "a.leaders || ' ' || a.destination || ' ' || coalesce(a.visited, '')",
                f.principal() == null ? "" : f.principal() ? " AND a.principal" : " AND NOT a.principal",
                "SELECT a.*, (SELECT count(*) FROM attraction_lead l WHERE l.trip_id = a.id) AS leads FROM attraction_trip a",
                "a.started_on DESC, a.id DESC", f,
                (rs, n) -> new TripView(rs.getLong("id"), rs.getString("region_code"), name(names, rs.getString("region_code")),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class), rs.getBoolean("principal"),
                        rs.getString("leaders"), rs.getString("delegation"), rs.getString("destination"), rs.getString("visited"),
                        rs.getLong("leads")));
    }

    @Transactional(readOnly = true)
    Page<NegotiationView> negotiations(Filter f) {
        Map<String, String> names = new HashMap<>();
        return page("attraction_negotiation a", "a.held_on", "a.topic || ' ' || coalesce(a.participants, '')", "", """
                        SELECT a.*, (SELECT array_agg(l.investor_name ORDER BY l.id) FROM attraction_negotiation_lead nl
                          JOIN attraction_lead l ON l.id = nl.lead_id WHERE nl.negotiation_id = a.id) AS leads
                        FROM attraction_negotiation a""", "a.held_on DESC, a.id DESC", f,
                (rs, n) -> new NegotiationView(rs.getLong("id"), rs.getObject("held_on", LocalDate.class), rs.getString("region_code"),
                        name(names, rs.getString("region_code")), rs.getString("topic"), rs.getString("participants"),
                        rs.getString("outcome"), rs.getString("next_step"), leads(rs.getArray("leads"))));
    }

    @Transactional(readOnly = true)
    Page<EventView> events(Filter f) {
        Map<String, String> names = new HashMap<>();
        return page("attraction_event a", "a.held_on", "a.name || ' ' || coalesce(a.organizer, '')",
                f.principal() == null ? "" : f.principal() ? " AND a.major" : " AND NOT a.major", """
                        SELECT a.*, (SELECT count(*) FROM attraction_signing s WHERE s.event_id = a.id) AS projects,
                          (SELECT coalesce(sum(s.amount), 0) FROM attraction_signing s WHERE s.event_id = a.id) AS agreed
                        FROM attraction_event a""", "a.held_on DESC, a.id DESC", f,
                (rs, n) -> new EventView(rs.getLong("id"), rs.getString("name"), rs.getObject("held_on", LocalDate.class),
                        EventLevel.valueOf(rs.getString("level")), rs.getBoolean("major"), rs.getString("organizer"),
                        rs.getString("location"), rs.getString("region_code"), name(names, rs.getString("region_code")),
                        rs.getLong("projects"), rs.getBigDecimal("agreed")));
    }

    /** The events the user may pick for a signing (newest first). */
    @Transactional(readOnly = true)
    List<EventView> recentEvents(int limit) {
        return events(new Filter(null, null, null, null, 0, limit)).items();
    }

    private <T> Page<T> page(String table, String dateColumn, String text, String extra, String select, String order, Filter f,
                             RowMapper<T> mapper) {
        CurrentUser user = access.reader();
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(AttractionAccess.scope(user, "a", params)).append(extra);
        if (f.year() != null) {
            Years.check("year", f.year());
            where.append(" AND ").append(dateColumn).append(" BETWEEN ? AND ?");
            params.add(LocalDate.of(f.year(), 1, 1));
            params.add(LocalDate.of(f.year(), 12, 31));
        }
        if (f.region() != null && !f.region().isBlank()) {
            if (!f.region().strip().matches("[0-9]{6}")) {
                throw FieldErrors.of("region", StoredText.of("attraction.error.regionDigits"));
            }
            where.append(" AND a.region_code LIKE ?");
            params.add(AttractionAccess.prefix(f.region().strip()) + "%");
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (").append(text).append(") LIKE ?");
            params.add("%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(f.size());
        pageParams.add((long) f.page() * f.size());
        List<T> items = jdbc.sql(select + " WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?").params(pageParams)
                .query(mapper).list();
        return new Page<>(items, total, f.page(), f.size());
    }

    private String name(Map<String, String> names, String code) {
        return names.computeIfAbsent(code, c -> regions.find(c).map(RegionView::name).orElse(c));
    }

    /** The investors met, listed as the reader lists things; null for none. */
    private String leads(java.sql.Array investors) throws java.sql.SQLException {
        return investors == null ? null : fmt.list(List.of((String[]) investors.getArray()));
    }
}
