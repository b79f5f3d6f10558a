package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FagaiIntegrationTest
class NightlyWarningsTest {

    @Autowired
    WarningBook warnings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNightlyRecomputeTakesTheClusterLockAndJudgesTheLastEndedMonth() {
        YearMonth lastEnded = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        jdbc.sql("DELETE FROM project_warning WHERE month = ?").param(lastEnded.atDay(1)).update();
        warnings.nightly();
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'project-warnings-nightly'").query(Long.class).single())
                .isEqualTo(1);
        long listed = jdbc.sql("SELECT count(DISTINCT project_id) FROM project_plan WHERE year = ?").param(lastEnded.getYear())
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM project_warning WHERE month = ?").param(lastEnded.atDay(1)).query(Long.class).single())
                .isEqualTo(listed);
    }
}
