package org.fagai.project.internal.rollingplan;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The rolling plan in the key-project section of the sidebar. */
@Component
class RollingPlanMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.forAll("nav.projectsGroup", 150, "rolling-plan", "project.rolling.title", "/projects/rolling-plan"));
    }
}
