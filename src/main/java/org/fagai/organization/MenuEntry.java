package org.fagai.organization;

import java.util.Set;

/**
 * One link of the sidebar. Modules declare theirs through a {@link MenuContributor} bean, so the layout lists every
 * module without knowing it. {@code section} is the message key of the group heading; {@code order} sorts groups (by
 * their first entry) and the links inside them; {@code nav} marks the link as the current page's (a page's
 * {@code data-page} starts with it); {@code roles} are those who see it (empty: every signed-in user but enterprise accounts, which see only the entries
 * naming {@link Role#ENTERPRISE}).
 */
public record MenuEntry(String section, int order, String nav, String labelKey, String path, Set<Role> roles) {

    public MenuEntry {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static MenuEntry forAll(String section, int order, String nav, String labelKey, String path) {
        return new MenuEntry(section, order, nav, labelKey, path, Set.of());
    }

    public static MenuEntry forRoles(String section, int order, String nav, String labelKey, String path, Role... roles) {
        return new MenuEntry(section, order, nav, labelKey, path, Set.of(roles));
    }

    /** An entry for everyone is not for enterprise accounts: they see only the entries that name them. */
    public boolean visibleTo(Role role) {
        return roles.isEmpty() ? role != Role.ENTERPRISE : roles.contains(role);
    }
}
