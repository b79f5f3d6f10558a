package org.fagai.enterprise.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.ScaleThresholds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes enterprises set-based (a form's one row or an import's thousands in a few statements): an upsert by credit
 * code, so a known code is updated (merged), never doubled; the year's hand-kept flags replaced; the scale flag of
 * the revenue year recomputed by {@link ScaleThresholds}.
 */
@Component
class EnterpriseStore {

    private static final int CHUNK = 5_000;
    private static final String[] COMPUTED = Arrays.stream(EnterpriseFlag.values()).filter(EnterpriseFlag::computed)
            .map(Enum::name).toArray(String[]::new);

    private final JdbcClient jdbc;

    EnterpriseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes among these that are already registered. */
    Set<String> existing(List<String> codes) {
        return new HashSet<>(jdbc.sql("SELECT credit_code FROM enterprise WHERE credit_code = ANY(?::varchar[])")
                .param(codes.toArray(String[]::new)).query(String.class).list());
    }

    void save(List<CleanEnterprise> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<CleanEnterprise> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            upsert(chunk);
            replaceFlags(chunk);
        }
    }

    /** The flags an enterprise carries once saved: the hand-kept ones of its flag year and its scale flag, if any. */
    static Set<EnterpriseFlag> flagsOf(CleanEnterprise e) {
        Set<EnterpriseFlag> flags = new HashSet<>(e.flags());
        ScaleThresholds.STATISTICS.flagFor(e.industryCode(), e.revenue()).ifPresent(flags::add);
        return flags;
    }

    private void upsert(List<CleanEnterprise> rows) {
        jdbc.sql("""
                        INSERT INTO enterprise (credit_code, name, legal_representative, region_code, industry_code, address,
                                                contact_person, contact_phone, size, revenue, revenue_year)
                        SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                             ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]::numeric[], ?::int[])
                        ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name,
                          legal_representative = coalesce(excluded.legal_representative, enterprise.legal_representative),
                          region_code = excluded.region_code,
                          industry_code = coalesce(excluded.industry_code, enterprise.industry_code),
                          address = coalesce(excluded.address, enterprise.address),
                          contact_person = coalesce(excluded.contact_person, enterprise.contact_person),
                          contact_phone = coalesce(excluded.contact_phone, enterprise.contact_phone),
                          size = coalesce(excluded.size, enterprise.size),
                          revenue = coalesce(excluded.revenue, enterprise.revenue),
                          revenue_year = coalesce(excluded.revenue_year, enterprise.revenue_year),
                          updated_at = now()""")
                .params(column(rows, CleanEnterprise::creditCode), column(rows, CleanEnterprise::name),
                        column(rows, CleanEnterprise::legalRepresentative), column(rows, CleanEnterprise::regionCode),
                        column(rows, CleanEnterprise::industryCode), column(rows, CleanEnterprise::address),
                        column(rows, CleanEnterprise::contactPerson), column(rows, CleanEnterprise::contactPhone),
                        column(rows, CleanEnterprise::size),
                        column(rows, e -> e.revenue() == null ? null : e.revenue().toPlainString()),
                        rows.stream().map(CleanEnterprise::revenueYear).toArray(Integer[]::new))
                .update();
    }

    private void replaceFlags(List<CleanEnterprise> rows) {
        jdbc.sql("""
                        DELETE FROM enterprise_flag f USING unnest(?::varchar[], ?::int[], ?::int[]) AS u(code, flag_year, revenue_year)
                        WHERE f.credit_code = u.code
                          AND ((f.year = u.flag_year AND NOT f.flag = ANY(?::varchar[]))
                            OR (f.year = u.revenue_year AND f.flag = ANY(?::varchar[])))""")
                .params(column(rows, CleanEnterprise::creditCode),
                        rows.stream().map(CleanEnterprise::flagYear).toArray(Integer[]::new),
                        rows.stream().map(CleanEnterprise::revenueYear).toArray(Integer[]::new), COMPUTED, COMPUTED)
                .update();
        List<String> codes = new java.util.ArrayList<>();
        List<String> flags = new java.util.ArrayList<>();
        List<Integer> years = new java.util.ArrayList<>();
        for (CleanEnterprise e : rows) {
            for (EnterpriseFlag flag : e.flags()) {
                codes.add(e.creditCode());
                flags.add(flag.name());
                years.add(e.flagYear());
            }
            if (e.revenueYear() != null) {
                ScaleThresholds.STATISTICS.flagFor(e.industryCode(), e.revenue()).ifPresent(flag -> {
                    codes.add(e.creditCode());
                    flags.add(flag.name());
                    years.add(e.revenueYear());
                });
            }
        }
        if (!codes.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO enterprise_flag (credit_code, flag, year)
                            SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::int[]) ON CONFLICT DO NOTHING""")
                    .params(codes.toArray(String[]::new), flags.toArray(String[]::new), years.toArray(Integer[]::new))
                    .update();
        }
    }

    private static String[] column(List<CleanEnterprise> rows, java.util.function.Function<CleanEnterprise, String> get) {
        return rows.stream().map(get).toArray(String[]::new);
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
