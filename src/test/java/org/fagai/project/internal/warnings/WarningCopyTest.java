package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The binary COPY stores every value as written: amounts of every size and sign, dates, texts with any character. */
@FagaiIntegrationTest
@Transactional
class WarningCopyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyValueComesBackAsWritten() {
        List<String> amounts = List.of("0", "0.00", "0.01", "0.5", "1", "9999", "10000", "10000.01", "12345.67", "100000000.5",
                "99999999999999.99", "-3.2", "-10000", "7.1");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            rows.add(new Object[] {-1_000_000L - i, LocalDate.of(1999 + i, 1 + i % 12, 1), i % 2 == 0 ? "GREEN" : "RED",
                    i == 0 ? "" : "未报\t进度\\第" + i + "月\n", new BigDecimal(amounts.get(i)), "CONSTRUCTION", "330102"});
        }

        WarningCopy.write(jdbc, rows);

        List<Object[]> back = jdbc.query("SELECT * FROM project_warning WHERE project_id <= -1000000 ORDER BY project_id DESC",
                (rs, n) -> new Object[] {rs.getLong("project_id"), rs.getObject("month", LocalDate.class), rs.getString("colour"),
                        rs.getString("reasons"), rs.getBigDecimal("year_to_date"), rs.getString("stage"), rs.getString("region_code")});
        assertThat(back).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] written = rows.get(i);
            Object[] read = back.get(i);
            assertThat(read[0]).isEqualTo(written[0]);
            assertThat(read[1]).isEqualTo(written[1]);
            assertThat(read[2]).isEqualTo(written[2]);
            assertThat(read[3]).isEqualTo(written[3]);
            assertThat((BigDecimal) read[4]).isEqualByComparingTo((BigDecimal) written[4]);
            assertThat(read[5]).isEqualTo(written[5]);
            assertThat(read[6]).isEqualTo(written[6]);
        }
    }
}
