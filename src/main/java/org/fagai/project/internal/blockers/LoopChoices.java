package org.fagai.project.internal.blockers;

import java.util.List;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.organization.OrganizationDirectory.Unit;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.shared.RegionCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The sections and staff a blocker or a decision may be routed to on the 督办 loop: those of the user's region. */
@Component
public class LoopChoices {

    private final OrganizationDirectory directory;
    private final UserDirectory users;

    LoopChoices(OrganizationDirectory directory, UserDirectory users) {
        this.directory = directory;
        this.users = users;
    }

    /** Adds {@code loopUnits} and {@code loopPeople} for the routing forms. */
    public void addTo(Model model) {
        CurrentUser user = users.requireCurrent();
        RegionCode scope = RegionCode.of(user.regionCode());
        List<Unit> units = directory.units().stream().filter(u -> scope.contains(RegionCode.of(u.regionCode()))).toList();
        List<Person> people = directory.people().stream()
                .filter(p -> p.role() != Role.OWNER && p.role() != Role.ENTERPRISE && p.regionCode() != null && scope.contains(RegionCode.of(p.regionCode()))).toList();
        model.addAttribute("loopUnits", units);
        model.addAttribute("loopPeople", people);
    }
}
