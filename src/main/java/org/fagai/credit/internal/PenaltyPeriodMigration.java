package org.fagai.credit.internal;

import java.util.EnumSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway V202612022202: rewrites the publication period of every existing penalty under 令2023年第58号 (decision date +
 * the governing maximum, no longer CF_YXQ), computed by {@link PenaltyPeriod} rather than restated in SQL.
 */
@Component
class PenaltyPeriodMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("202612022202");
    }

    @Override
    public String getDescription() {
        return "credit recompute penalty periods";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        StoredPenaltyPeriods.recompute(jdbc, EnumSet.allOf(PenaltyCategory.class));
    }
}
