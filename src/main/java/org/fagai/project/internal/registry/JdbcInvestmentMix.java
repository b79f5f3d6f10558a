package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fagai.project.InvestmentMix;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sums the funding fields the projects store; the share is the one division of the two sums. */
@Service
class JdbcInvestmentMix implements InvestmentMix {

    private final JdbcClient jdbc;

    JdbcInvestmentMix(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Mix ofYear(int year, String regionCode) {
        Years.check("year", year);
        return jdbc.sql("""
                        SELECT count(*) AS projects, coalesce(sum(p.total_investment), 0) AS total,
                               coalesce(sum(p.fund_self + p.fund_loan + p.fund_other)
                                        FILTER (WHERE p.owner_credit_code LIKE '9%'), 0) AS private
                        FROM project p
                        WHERE p.region_code LIKE ? AND EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)""")
                .params(RegionCode.of(regionCode).scopePrefix() + "%", year)
                .query((rs, i) -> {
                    BigDecimal total = rs.getBigDecimal("total");
                    BigDecimal privateInvestment = rs.getBigDecimal("private");
                    return new Mix(year, regionCode, rs.getLong("projects"), total, privateInvestment,
                            total.signum() == 0 ? null : privateInvestment.multiply(BigDecimal.valueOf(100))
                                    .divide(total, 2, RoundingMode.HALF_UP));
                }).single();
    }
}
