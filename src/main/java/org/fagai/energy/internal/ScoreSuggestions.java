package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.energy.RegionEnergy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suggested score of each indicator with a data source, for a town or county and a year, from the platform's own
 * figures: the year's account (intensity declines against targets, energy against the cap), the year's on-site check
 * findings and the region's reviews. Departments and enterprises have no suggestion: they are scored by hand.
 */
@Component
class ScoreSuggestions {

    /** A suggested score and the figures it came from, in Chinese. */
    record Suggestion(String indicator, BigDecimal score, String basis) {
    }

    private final RegionAccounts accounts;
    private final RuleStore rules;
    private final JdbcClient jdbc;

    ScoreSuggestions(RegionAccounts accounts, RuleStore rules, JdbcClient jdbc) {
        this.accounts = accounts;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    Map<String, Suggestion> suggest(int year, String subjectType, String subjectCode) {
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        if (!"REGION".equals(subjectType)) {
            return suggestions;
        }
        RegionEnergy account = null;
        for (RuleStore.Indicator ind : rules.indicators()) {
            if (ind.source() == null) {
                continue;
            }
            if (account == null && (ind.source() == ScoreSource.INTENSITY_DECLINE || ind.source() == ScoreSource.CO2_DECLINE
                    || ind.source() == ScoreSource.TOTAL_CAP)) {
                account = accounts.region(subjectCode, year, 12);
            }
            Suggestion s = suggestion(ind, account, year, subjectCode);
            if (s != null && s.score() != null) {
                suggestions.put(ind.code(), s);
            }
        }
        return suggestions;
    }

    private Suggestion suggestion(RuleStore.Indicator ind, RegionEnergy a, int year, String region) {
        RegionEnergy.AnnualTarget t = a == null ? null : a.annualTarget();
        RegionEnergy.Intensity i = a == null ? null : a.intensity();
        return switch (ind.source()) {
            case INTENSITY_DECLINE -> t == null || i == null ? null : new Suggestion(ind.code(), ScoreSource.decline(i.decline(), t.intensityDecline()),
                    "能耗强度下降" + plain(i.decline()) + "%，目标" + plain(t.intensityDecline()) + "%");
            case CO2_DECLINE -> t == null || i == null ? null : new Suggestion(ind.code(), ScoreSource.decline(i.co2Decline(), t.co2IntensityDecline()),
                    "碳排放强度下降" + plain(i.co2Decline()) + "%，目标" + plain(t.co2IntensityDecline()) + "%");
            case TOTAL_CAP -> t == null ? null : new Suggestion(ind.code(), ScoreSource.cap(a.current().tceControlled(), t.cap()),
                    "纳入总量控制能耗" + plain(a.current().tceControlled()) + "吨标准煤，控制目标" + plain(t.cap()) + "吨标准煤");
            case CHECKS_DONE -> {
                long[] f = jdbc.sql("SELECT count(*) FILTER (WHERE flagged), count(*) FILTER (WHERE flagged AND rectified_on IS NOT NULL)"
                                + " FROM energy_check WHERE region_code LIKE ? AND year = ?")
                        .params(org.fagai.shared.RegionCode.of(region).scopePrefix() + "%", year)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                yield new Suggestion(ind.code(), ScoreSource.share(f[1], f[0]), "核查发现问题" + f[0] + "项，已整改" + f[1] + "项");
            }
            case REVIEWS_ON_TIME -> {
                String warned = java.util.Arrays.stream(ReviewView.State.values()).filter(ReviewView.State::warns)
                        .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", "));
                long[] r = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE state NOT IN (" + warned + ")) FROM energy_review WHERE region_code LIKE ?")
                        .param(org.fagai.shared.RegionCode.of(region).scopePrefix() + "%")
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                yield new Suggestion(ind.code(), ScoreSource.share(r[1], r[0]), "节能审查" + r[0] + "项，无预警" + r[1] + "项");
            }
        };
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
