package org.fagai.energy.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.energy.RegionEnergy;
import org.fagai.shared.StoredText;
import org.fagai.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suggested score of each indicator with a data source, for a town or county and a year, from the platform's own
 * figures: the year's account (intensity declines against targets, energy against the cap), the year's on-site check
 * findings and the region's reviews. Departments and enterprises have no suggestion: they are scored by hand.
 */
@Component
class ScoreSuggestions {

    /**
     * A suggested score and the figures it came from, as a stored sentence: read in the reader's language in the API
     * ({@link #readIn}) and in the audit log.
     */
    record Suggestion(String indicator, BigDecimal score, String storedBasis) {

        /** As {@code GET /api/v1/energy/assessments/suggestions} shows it: the basis in the reader's language. */
        record Shown(String indicator, BigDecimal score, String basis) {
        }

        Shown readIn(Formats fmt) {
            return new Shown(indicator, score, fmt.stored(storedBasis));
        }
    }

    private final RegionAccounts accounts;
    private final RuleStore rules;
    private final JdbcClient jdbc;

    ScoreSuggestions(RegionAccounts accounts, RuleStore rules, JdbcClient jdbc) {
        this.accounts = accounts;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    private Suggestion suggestion(String indicator, BigDecimal score, String basisKey, Object... figures) {
        return new Suggestion(indicator, score, StoredText.of(basisKey, figures));
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
            case INTENSITY_DECLINE -> t == null || i == null ? null : suggestion(ind.code(), ScoreSource.decline(i.decline(), t.intensityDecline()),
                    "energy.audit.basis.intensity", plain(i.decline()), plain(t.intensityDecline()));
            case CO2_DECLINE -> t == null || i == null ? null : suggestion(ind.code(), ScoreSource.decline(i.co2Decline(), t.co2IntensityDecline()),
                    "energy.audit.basis.co2", plain(i.co2Decline()), plain(t.co2IntensityDecline()));
            case TOTAL_CAP -> t == null ? null : suggestion(ind.code(), ScoreSource.cap(a.current().tceControlled(), t.cap()),
                    "energy.audit.basis.cap", plain(a.current().tceControlled()), plain(t.cap()));
            case CHECKS_DONE -> {
                long[] f = jdbc.sql("SELECT count(*) FILTER (WHERE flagged), count(*) FILTER (WHERE flagged AND rectified_on IS NOT NULL)"
                                + " FROM energy_check WHERE region_code LIKE ? AND year = ?")
                        .params(org.fagai.shared.RegionCode.of(region).scopePrefix() + "%", year)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                yield suggestion(ind.code(), ScoreSource.share(f[1], f[0]), "energy.audit.basis.checks", f[0], f[1]);
            }
            case REVIEWS_ON_TIME -> {
                String warned = java.util.Arrays.stream(ReviewView.State.values()).filter(ReviewView.State::warns)
                        .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", "));
                long[] r = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE state NOT IN (" + warned + ")) FROM energy_review WHERE region_code LIKE ?")
                        .param(org.fagai.shared.RegionCode.of(region).scopePrefix() + "%")
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                yield suggestion(ind.code(), ScoreSource.share(r[1], r[0]), "energy.audit.basis.reviews", r[0], r[1]);
            }
        };
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
