package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An application's dated steps and its monthly spending, for its page and the API. */
@Component
class ApplicationHistory {

    record StepView(String step, String labelKey, LocalDate on, BigDecimal amount, String document, String note, String actor,
                    OffsetDateTime recordedAt) {
    }

    record MonthSpending(YearMonth month, BigDecimal amount, String reportedBy) {
    }

    private final JdbcClient jdbc;

    ApplicationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StepView> steps(long id) {
        return jdbc.sql("SELECT * FROM funds_step WHERE application_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new StepView(rs.getString("step"), StepKind.valueOf(rs.getString("step")).labelKey(),
                        rs.getObject("on_date", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("document"),
                        rs.getString("note"), rs.getString("actor"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    List<MonthSpending> spending(long id) {
        return jdbc.sql("SELECT month, amount, reported_by FROM funds_spending WHERE application_id = ? ORDER BY month").param(id)
                .query((rs, n) -> new MonthSpending(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getBigDecimal("amount"),
                        rs.getString("reported_by")))
                .list();
    }
}
