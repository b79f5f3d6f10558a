package org.fagai.energy.internal;

import java.util.Collection;
import java.util.List;
import org.fagai.project.ProjectFlagSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 未节能验收 on the key-project list and page: a project whose review stands at {@code ACCEPTANCE_DUE} as
 * {@link ReviewStates} judged it (an opinion, started, the project 竣工 or later, no 节能验收 recorded). Unit accounts,
 * who see no energy data, get no flag.
 */
@Component
class EnergyProjectFlags implements ProjectFlagSource {

    static final String ACCEPTANCE_DUE = "energy.flag.acceptanceDue";

    private final JdbcClient jdbc;
    private final EnergyAccess access;

    EnergyProjectFlags(JdbcClient jdbc, EnergyAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public List<Flag> flags(Collection<String> projectCodes) {
        if (projectCodes.isEmpty() || !access.mayRead()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT project_code FROM energy_review WHERE state = :state AND project_code IN (:codes)")
                .param("state", ReviewView.State.ACCEPTANCE_DUE.name()).param("codes", List.copyOf(projectCodes))
                .query(String.class).list().stream()
                .map(code -> new Flag(code, ACCEPTANCE_DUE, Severity.WARNING)).toList();
    }
}
