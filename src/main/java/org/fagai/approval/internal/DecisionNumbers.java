package org.fagai.approval.internal;

import org.fagai.approval.ApprovalKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sequence of decision numbers per kind and year. One statement takes the next value under the row's lock, so two
 * leaders signing at once get consecutive numbers, never the same; a rolled-back signature gives its number back.
 */
@Component
class DecisionNumbers {

    private final JdbcClient jdbc;

    DecisionNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next(ApprovalKind kind, int year) {
        return jdbc.sql("""
                        INSERT INTO approval_number_sequence (kind, year, last_value) VALUES (?, ?, 1)
                        ON CONFLICT (kind, year) DO UPDATE SET last_value = approval_number_sequence.last_value + 1
                        RETURNING last_value""")
                .params(kind.name(), year).query(Integer.class).single();
    }
}
