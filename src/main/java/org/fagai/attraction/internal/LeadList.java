package org.fagai.attraction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lead list within the user's scope: one count and one page query; names resolved once per page. */
@Component
class LeadList {

    static final Map<String, String> SORTS = Map.of("recent", "l.id", "found", "l.found_on", "signed", "l.signed_on",
            "investment", "coalesce(l.agreed_investment, l.intended_investment)", "progress", "l.last_progress_on",
            "investor", "l.investor_name");
    private static final String SELECT = "SELECT l.*, c.name AS chain_name FROM attraction_lead l JOIN attraction_chain c ON c.code = l.chain";

    record Page(List<LeadView> items, long total, int page, int size) {
    }

    private final JdbcClient jdbc;
    private final AttractionAccess access;
    private final RegionDirectory regions;
    private final GroupNames names;
    private final Clock clock;

    LeadList(JdbcClient jdbc, AttractionAccess access, RegionDirectory regions, GroupNames names, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.regions = regions;
        this.names = names;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page search(LeadQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, access.reader(), params);
        long total = jdbc.sql("SELECT count(*) FROM attraction_lead l WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.size());
        pageParams.add((long) q.page() * q.size());
        return new Page(named(jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order(q.sort()) + " LIMIT ? OFFSET ?")
                .params(pageParams).query(this::map).list()), total, q.page(), q.size());
    }

    /** Every lead the filters select, for the Excel export (at most {@code limit}). */
    @Transactional(readOnly = true)
    List<LeadView> all(LeadQuery q, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, access.reader(), params);
        params.add(limit);
        return named(jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order(q.sort()) + " LIMIT ?").params(params).query(this::map).list());
    }

    @Transactional(readOnly = true)
    LeadView one(long id) {
        return named(jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query(this::map).list()).get(0);
    }

    /** How many of an officer's active leads are in each stage, and how many are stalled (key null). */
    @Transactional(readOnly = true)
    Map<LeadStage, Long> countsByStage(long officerId) {
        Map<LeadStage, Long> counts = new EnumMap<>(LeadStage.class);
        for (LeadStage s : LeadStage.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT stage, count(*) FROM attraction_lead WHERE officer_id = ? AND dropped_on IS NULL GROUP BY stage")
                .param(officerId).query((rs, n) -> counts.put(LeadStage.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    @Transactional(readOnly = true)
    long stalledCount(long officerId) {
        return jdbc.sql("SELECT count(*) FROM attraction_lead WHERE officer_id = ? AND stalled_from <= ?")
                .params(officerId, LocalDate.now(clock)).query(Long.class).single();
    }

    private String where(LeadQuery q, CurrentUser user, List<Object> params) {
        StringBuilder sql = new StringBuilder(AttractionAccess.scope(user, "l", params));
        if (q.region() != null && !q.region().isBlank()) {
            if (!q.region().strip().matches("[0-9]{6}")) {
                throw FieldErrors.of("region", StoredText.of("attraction.error.regionDigits"));
            }
            sql.append(" AND l.region_code LIKE ?");
            params.add(AttractionAccess.prefix(q.region().strip()) + "%");
        }
        if (q.q() != null && !q.q().isBlank()) {
            sql.append(" AND l.search_text LIKE ?");
            params.add("%" + q.q().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.stage() != null) {
            sql.append(" AND l.stage = ?");
            params.add(q.stage().name());
        }
        if (q.origin() != null) {
            sql.append(" AND l.origin = ?");
            params.add(q.origin().name());
        }
        if (q.chain() != null && !q.chain().isBlank()) {
            sql.append(" AND l.chain = ?");
            params.add(q.chain().strip());
        }
        if (q.officerId() != null) {
            sql.append(" AND l.officer_id = ?");
            params.add(q.officerId());
        }
        if (q.source() != null) {
            sql.append(" AND l.source = ?");
            params.add(q.source().name());
        }
        if (q.year() != null) {
            Years.check("year", q.year());
            sql.append(" AND l.found_on BETWEEN ? AND ?");
            params.add(LocalDate.of(q.year(), 1, 1));
            params.add(LocalDate.of(q.year(), 12, 31));
        }
        if (Boolean.TRUE.equals(q.stalled())) {
            sql.append(" AND l.stalled_from <= ?");
            params.add(LocalDate.now(clock));
        }
        if (q.dropped() != null) {
            sql.append(q.dropped() ? " AND l.dropped_on IS NOT NULL" : " AND l.dropped_on IS NULL");
        }
        return sql.toString();
    }

    private static String order(String sort) {
        String key = sort == null || sort.isBlank() ? "-recent" : sort.strip();
        boolean descending = key.startsWith("-");
        String column = SORTS.getOrDefault(descending ? key.substring(1) : key, SORTS.get("recent"));
        if (column.equals("l.id")) {
            return descending ? "l.id DESC" : "l.id"; // the primary key's own order, so a page reads its index, not a sort
        }
        return column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", l.id DESC";
    }

    private List<LeadView> named(List<LeadView> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, String> regionNames = new HashMap<>();
        Map<String, String> officers = names.officers();
        List<LeadView> named = new ArrayList<>(items.size());
        for (LeadView v : items) {
            String region = regionNames.computeIfAbsent(v.regionCode(), c -> regions.find(c).map(RegionView::name).orElse(c));
            named.add(new LeadView(v.id(), v.investorName(), v.investorCreditCode(), v.foreignRegistration(), v.origin(),
                    v.projectName(), v.industryCode(), v.chain(), v.chainName(), v.intendedInvestment(), v.contactPerson(),
                    v.contactPhone(), v.source(), v.tripId(), v.referrerCreditCode(), v.sourceNote(), v.regionCode(), region,
                    v.officerId(), officers.getOrDefault(String.valueOf(v.officerId()), "—"), v.stage(), v.foundOn(), v.negotiatingOn(),
                    v.signedOn(), v.registeredOn(), v.startedOn(), v.producingOn(), v.fullCapacityOn(), v.agreement(),
                    v.agreedInvestment(), v.agreedUsd(), v.fundsInPlace(), v.companyCreditCode(), v.projectCode(), v.droppedOn(),
                    v.dropReason(), v.lastProgressOn(), v.stalledFrom(), v.stalled()));
        }
        return named;
    }

    private LeadView map(ResultSet rs, int n) throws SQLException {
        Lead lead = LeadStore.map(rs, n);
        Lead.Facts f = lead.facts();
        Lead.State s = lead.state;
        LocalDate stalledFrom = rs.getObject("stalled_from", LocalDate.class);
        return new LeadView(lead.id(), f.investorName(), f.investorCreditCode(), f.foreignRegistration(), f.origin(), f.projectName(),
                f.industryCode(), f.chain(), rs.getString("chain_name"), f.intendedInvestment(), f.contactPerson(), f.contactPhone(),
                f.source(), f.tripId(), f.referrerCreditCode(), f.sourceNote(), f.regionCode(), null, f.officerId(), null, s.stage,
                s.found, s.negotiating, s.signed, s.registered, s.started, s.producing, s.fullCapacity, s.agreement,
                s.agreedInvestment, s.agreedUsd, s.fundsInPlace, s.companyCreditCode, s.projectCode, s.droppedOn, s.dropReason,
                s.lastProgressOn, stalledFrom, stalledFrom != null && !stalledFrom.isAfter(LocalDate.now(clock)));
    }
}
