package org.fagai.supervision.internal;

import java.util.HashMap;
import java.util.Map;
import org.fagai.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/** Resolves unit and person ids to names for views, one directory read per request of names. */
@Component
class Names {

    private final OrganizationDirectory directory;

    Names(OrganizationDirectory directory) {
        this.directory = directory;
    }

    Lookup lookup() {
        Map<Long, String> units = new HashMap<>();
        directory.units().forEach(u -> units.put(u.id(), u.name()));
        Map<Long, String> people = new HashMap<>();
        directory.people().forEach(p -> people.put(p.id(), p.displayName()));
        return new Lookup(units, people, directory);
    }

    record Lookup(Map<Long, String> units, Map<Long, String> people, OrganizationDirectory directory) {

        String unit(Long id) {
            return id == null ? null : units.computeIfAbsent(id, k -> directory.unit(k).map(OrganizationDirectory.Unit::name).orElse("#" + k));
        }

        String person(Long id) {
            return id == null ? null : people.computeIfAbsent(id, k -> directory.person(k)
                    .map(OrganizationDirectory.Person::displayName).orElse("#" + k));
        }
    }
}
