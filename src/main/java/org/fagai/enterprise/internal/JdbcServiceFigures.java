package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.enterprise.ServiceFigures;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reuses the coverage and demand-rate computations (each rule once) over the requested region: they scope by a user's
 * region, so they are asked as a read-only viewer of that region, after the signed-in user was checked to see it.
 */
@Service
class JdbcServiceFigures implements ServiceFigures {

    private final EnterpriseAccess access;
    private final Coverage coverage;
    private final DemandRates rates;
    private final JdbcClient jdbc;

    JdbcServiceFigures(EnterpriseAccess access, Coverage coverage, DemandRates rates, JdbcClient jdbc) {
        this.access = access;
        this.coverage = coverage;
        this.rates = rates;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to, String regionCode) {
        CurrentUser user = access.handler();
        if (!user.canSeeRegion(regionCode)) {
            throw new AccessDeniedException("地区 " + regionCode + " 不在您的管辖范围内");
        }
        CurrentUser viewer = new CurrentUser(user.id(), user.username(), user.displayName(), Role.LEADER, regionCode,
                user.regionName(), user.departmentName(), null);
        Coverage.Result covered = coverage.compute(from, to, null, viewer);
        DemandRates.Rates demand = rates.compute(from, to, viewer);
        List<Object> params = new ArrayList<>(List.of(from, to));
        String scope = EnterpriseAccess.scope(viewer, "i", params);
        long[] safety = jdbc.sql("""
                        SELECT count(DISTINCT i.credit_code), count(DISTINCT i.id), count(h.id),
                               count(h.id) FILTER (WHERE h.level = 'MAJOR'), count(h.id) FILTER (WHERE h.state = 'CLOSED'),
                               count(h.id) FILTER (WHERE h.on_time)
                        FROM safety_inspection i LEFT JOIN safety_hazard h ON h.inspection_id = i.id
                        WHERE i.inspected_on BETWEEN ? AND ? AND\s""" + scope)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)}).single();
        return new Figures(from, to, regionCode, covered.total().assigned(), covered.total().visited(),
                percent(covered.total().rate()), covered.sentence(), demand.demands(), percent(demand.responseRate()),
                percent(demand.resolutionRate()), percent(demand.satisfactionRate()), safety[0], safety[1], safety[2],
                safety[3], safety[4], safety[5]);
    }

    /** The stored fraction (0.9957) as the percentage people read (99.6). */
    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
