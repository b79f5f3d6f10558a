package org.fagai.organization;

import java.util.List;
import java.util.Optional;

/** Read-only look-ups of sections (科室, departments) and staff for modules that assign work to them. */
public interface OrganizationDirectory {

    /** A department as other modules name it. */
    record Unit(long id, String name, String regionCode) {
    }

    /** A staff member as other modules name him; {@code departmentId} may be null (project owners). */
    record Person(long id, String username, String displayName, Role role, Long departmentId, String regionCode) {
    }

    List<Unit> units();

    Optional<Unit> unit(long id);

    /** Enabled accounts other than unit accounts (project owners, enterprises), by display name. */
    List<Person> people();

    Optional<Person> person(long id);
}
