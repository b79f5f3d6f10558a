package org.fagai.project.internal.blockers;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fagai.organization.OrganizationDirectory.Person;
import org.fagai.organization.OrganizationDirectory.Unit;
import org.fagai.organization.Role;
import org.fagai.shared.RegionCode;

/**
 * Who follows a blocker raised before the 督办 loop when it is moved onto it, since nobody routed it: the rule lives here.
 * <ul>
 * <li>lead unit: a section answering for the project's region — its own region's first, then the enclosing ones (the
 * city's); within a region the section the project names as responsible, then the investment section, then the others;
 * the first of them with a staff member;</li>
 * <li>lead person: that section's first staff member;</li>
 * <li>supervising officer: whoever raised the blocker, if he is staff of the project's region (or above) and not the lead
 * person; else another staff member of the closest region; else a 委领导 of it;</li>
 * <li>supervising leader: the project's first 包保领导, else the loop's default.</li>
 * </ul>
 */
record LegacyLead(long unitId, long personId, long supervisorId, Long leaderId) {

    static final String INVESTMENT_SECTION = "投资科";

    static Optional<LegacyLead> of(String projectRegion, String projectDepartment, String raisedBy, List<String> projectLeaders,
                                   List<Unit> units, List<Person> people) {
        RegionCode region = RegionCode.of(projectRegion);
        Comparator<String> closest = Comparator.comparingInt((String code) -> RegionCode.of(code).scopePrefix().length()).reversed();
        List<Unit> candidates = units.stream().filter(u -> u.regionCode() != null && RegionCode.of(u.regionCode()).contains(region))
                .sorted(Comparator.comparing(Unit::regionCode, closest)
                        .thenComparing(u -> !u.name().equals(projectDepartment))
                        .thenComparing(u -> !u.name().equals(INVESTMENT_SECTION))
                        .thenComparingLong(Unit::id))
                .toList();
        List<Person> responsible = people.stream().filter(p -> p.regionCode() != null && RegionCode.of(p.regionCode()).contains(region))
                .sorted(Comparator.comparing(Person::regionCode, closest).thenComparingLong(Person::id)).toList();
        for (Unit unit : candidates) {
            Optional<Person> lead = people.stream().filter(p -> Objects.equals(p.departmentId(), unit.id()) && staff(p.role()))
                    .min(Comparator.comparingLong(Person::id));
            if (lead.isEmpty()) {
                continue;
            }
            long leadId = lead.get().id();
            Optional<Person> supervisor = responsible.stream().filter(p -> p.username().equals(raisedBy) && staff(p.role()) && p.id() != leadId)
                    .findFirst()
                    .or(() -> responsible.stream().filter(p -> staff(p.role()) && p.id() != leadId).findFirst())
                    .or(() -> responsible.stream().filter(p -> p.role() == Role.LEADER).findFirst());
            if (supervisor.isEmpty()) {
                return Optional.empty();
            }
            Long leader = projectLeaders.stream().flatMap(name -> people.stream().filter(p -> p.username().equals(name)
                    && p.role() == Role.LEADER)).map(Person::id).findFirst().orElse(null);
            return Optional.of(new LegacyLead(unit.id(), leadId, supervisor.get().id(), leader));
        }
        return Optional.empty();
    }

    private static boolean staff(Role role) {
        return role == Role.STAFF || role == Role.DISTRICT;
    }
}
