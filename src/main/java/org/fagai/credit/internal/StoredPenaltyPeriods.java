package org.fagai.credit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the publication terms and rewrites the periods stored on penalty rows, always through {@link PenaltyPeriod}, so
 * that SQL only ever compares the stored CF_GSJZQ. Used by the migration and when an administrator changes a term.
 */
final class StoredPenaltyPeriods {

    private StoredPenaltyPeriods() {
    }

    static PublicationTerms terms(JdbcClient jdbc) {
        Map<PenaltyCategory, PublicationTerm> terms = new EnumMap<>(PenaltyCategory.class);
        jdbc.sql("SELECT * FROM credit_publication_period").query((rs, i) -> term(rs)).list()
                .forEach(t -> terms.put(t.category(), t));
        return new PublicationTerms(terms);
    }

    static PublicationTerm term(ResultSet rs) throws SQLException {
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        return new PublicationTerm(PenaltyCategory.valueOf(rs.getString("category")), rs.getInt("minimum_months"),
                rs.getInt("maximum_months"), rs.getString("legal_basis"),
                updated == null ? null : updated.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(),
                rs.getString("updated_by"));
    }

    /** The period stored on a penalty row. */
    static PenaltyPeriod period(JdbcClient jdbc, long id) {
        return jdbc.sql("""
                        SELECT repairable_from, cf_gsjzq, publication_minimum_months, publication_maximum_months
                        FROM credit_penalty WHERE id = ?""").param(id)
                .query((rs, i) -> new PenaltyPeriod(rs.getObject("repairable_from", LocalDate.class),
                        rs.getObject("cf_gsjzq", LocalDate.class), rs.getInt("publication_minimum_months"),
                        rs.getInt("publication_maximum_months"))).single();
    }

    /** Every penalty's fields: its main category and the additional ones. */
    static List<PenaltyCategory> categories(ResultSet rs) throws SQLException {
        List<PenaltyCategory> categories = new ArrayList<>();
        categories.add(PenaltyCategory.valueOf(rs.getString("category")));
        Array extra = rs.getArray("additional_categories");
        if (extra != null) {
            for (Object name : (Object[]) extra.getArray()) {
                PenaltyCategory category = PenaltyCategory.valueOf((String) name);
                if (!categories.contains(category)) {
                    categories.add(category);
                }
            }
        }
        return categories;
    }

    /**
     * Recomputes the stored period of every penalty touching one of {@code touched}; a repaired one keeps ending on its
     * repair day. Returns the number of rows whose period changed.
     */
    static int recompute(JdbcClient jdbc, Collection<PenaltyCategory> touched) {
        PublicationTerms terms = terms(jdbc);
        String[] names = touched.stream().map(Enum::name).toArray(String[]::new);
        List<Object[]> updates = jdbc.sql("""
                        SELECT id, category, additional_categories, cf_jdrq, repaired_at, cf_gsjzq, repairable_from,
                               publication_minimum_months, publication_maximum_months
                        FROM credit_penalty WHERE category = ANY (?) OR additional_categories && ?::varchar[]""")
                .params(names, names)
                .query((rs, i) -> changed(rs, terms)).list().stream().filter(u -> u != null).toList();
        for (Object[] u : updates) {
            jdbc.sql("""
                            UPDATE credit_penalty SET repairable_from = ?, cf_gsjzq = ?, publication_minimum_months = ?,
                              publication_maximum_months = ? WHERE id = ?""").params(u).update();
        }
        return updates.size();
    }

    private static Object[] changed(ResultSet rs, PublicationTerms terms) throws SQLException {
        PenaltyPeriod period = PenaltyPeriod.of(rs.getObject("cf_jdrq", LocalDate.class), categories(rs), terms);
        OffsetDateTime repaired = rs.getObject("repaired_at", OffsetDateTime.class);
        if (repaired != null) {
            period = period.endedBy(repaired.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        }
        boolean same = period.end().equals(rs.getObject("cf_gsjzq", LocalDate.class))
                && period.repairableFrom().equals(rs.getObject("repairable_from", LocalDate.class))
                && Integer.valueOf(period.minimumMonths()).equals(rs.getObject("publication_minimum_months", Integer.class))
                && Integer.valueOf(period.maximumMonths()).equals(rs.getObject("publication_maximum_months", Integer.class));
        return same ? null : new Object[] {period.repairableFrom(), period.end(), period.minimumMonths(),
                period.maximumMonths(), rs.getLong("id")};
    }
}
