package org.fagai.energy.internal;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.organization.Role;
import org.fagai.project.ProjectPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The 能耗双控 pages in the sidebar (not for unit accounts: they see no energy data), and the 节能审查 panel on the key project's page. */
@Component
class EnergyMenu implements MenuContributor {

    private static final Role[] COMMISSION = {Role.ADMIN, Role.LEADER, Role.STAFF, Role.DISTRICT};

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                entry(400, "energy-region", "nav.energyRegion", "/energy"),
                entry(410, "energy-reports", "nav.energyReports", "/energy/reports"),
                entry(420, "energy-reviews", "nav.energyReviews", "/energy/reviews"),
                entry(430, "energy-assessments", "nav.energyAssessments", "/energy/assessments"),
                entry(440, "energy-checks", "nav.energyChecks", "/energy/checks"),
                entry(450, "energy-targets", "nav.energyTargets", "/energy/targets"),
                entry(460, "energy-factors", "nav.energyFactors", "/energy/factors"));
    }

    private static MenuEntry entry(int order, String nav, String label, String path) {
        return MenuEntry.forRoles("nav.energyGroup", order, nav, label, path, COMMISSION);
    }

    @Bean
    static ProjectPageSection energyProjectPanel() {
        return new ProjectPageSection("/energy/projects/{code}/panel");
    }
}
