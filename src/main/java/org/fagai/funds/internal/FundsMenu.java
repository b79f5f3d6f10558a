package org.fagai.funds.internal;

import static org.fagai.organization.MenuEntry.forAll;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.project.ProjectPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** The 资金争取 pages in the sidebar, and the funds panel on the key project's page. */
@Component
class FundsMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forAll("nav.fundsGroup", 300, "funds-account", "nav.fundsAccount", "/funds"),
                forAll("nav.fundsGroup", 310, "funds-applications", "nav.fundsApplications", "/funds/applications"),
                forAll("nav.fundsGroup", 320, "funds-rules", "nav.fundsRules", "/funds/rules"));
    }

    @Bean
    static ProjectPageSection fundsProjectPanel() {
        return new ProjectPageSection("/funds/projects/{code}/panel");
    }
}
