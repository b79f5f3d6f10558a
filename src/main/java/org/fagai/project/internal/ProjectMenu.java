package org.fagai.project.internal;

import static org.fagai.organization.MenuEntry.forAll;
import static org.fagai.organization.MenuEntry.forRoles;
import static org.fagai.organization.Role.ADMIN;
import static org.fagai.organization.Role.DISTRICT;
import static org.fagai.organization.Role.OWNER;
import static org.fagai.organization.Role.STAFF;

import java.util.List;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.springframework.stereotype.Component;

/** The key-project pages in the sidebar; their settings under administration. */
@Component
class ProjectMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                forAll("nav.projectsGroup", 100, "projectdashboard", "nav.projectDashboard", "/projects/dashboard"),
                forAll("nav.projectsGroup", 110, "projects", "nav.projects", "/projects"),
                forRoles("nav.projectsGroup", 120, "projects-report", "project.report", "/projects/report", ADMIN, STAFF, DISTRICT, OWNER),
                forAll("nav.projectsGroup", 130, "blockers", "nav.blockers", "/projects/blockers"),
                forAll("nav.projectsGroup", 140, "meetings", "nav.meetings", "/projects/meetings"),
                forRoles("nav.admin", 1030, "projectsettings", "nav.projectSettings", "/admin/project-settings", ADMIN),
                forRoles("nav.admin", 1031, "projectmilestonerequirements", "project.milestoneRequirements.title",
                        "/admin/project-milestone-requirements", ADMIN));
    }
}
