package org.fagai.project.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The thresholds are kept in memory: a save on this instance counts at once; a save on another instance on the same
 * PostgreSQL (here a second store, as another instance's) counts once the kept copy's check interval has passed;
 * a save rolled back leaves the stored thresholds.
 */
@FagaiIntegrationTest
class WarningSettingsStoreTest {

    @Autowired
    WarningSettingsStore here;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSaveCountsHereAtOnceAndOnAnotherInstanceWithinItsCheckInterval() throws Exception {
        WarningSettingsStore other = new WarningSettingsStore(jdbc, Duration.ofSeconds(2));
        WarningThresholds before = here.load();
        WarningThresholds changed = new WarningThresholds(before.yellowGapPoints().add(BigDecimal.ONE),
                before.redGapPoints().add(BigDecimal.ONE), before.lateStartRedMonths() + 1, before.unregisteredYellowMonths(),
                before.unregisteredRedMonths(), before.reportWindowDays());
        assertThat(other.load()).isEqualTo(before);
        try {
            here.save(changed);
            assertThat(here.load()).as("this instance's own save").isEqualTo(changed);
            assertThat(other.load()).as("the other instance's kept copy, within its interval").isEqualTo(before);
            Thread.sleep(2_100);
            assertThat(other.load()).as("the other instance after its interval").isEqualTo(changed);

            transactions.executeWithoutResult(status -> {
                here.save(before);
                assertThat(here.load()).as("inside the saving transaction").isEqualTo(before);
                status.setRollbackOnly();
            });
            assertThat(here.load()).as("after the rollback").isEqualTo(changed);
        } finally {
            here.save(before);
        }
        assertThat(here.load()).isEqualTo(before);
    }
}
