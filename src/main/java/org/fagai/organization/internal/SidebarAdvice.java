package org.fagai.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.organization.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's sidebar, gathered from every module's {@link MenuContributor}, in every page's model. */
@ControllerAdvice(annotations = Controller.class)
class SidebarAdvice {

    /** A heading of the sidebar with the links under it that the user may open. */
    record MenuGroup(String labelKey, List<MenuEntry> entries) {
    }

    private final List<MenuEntry> entries;
    private final UserDirectory users;

    SidebarAdvice(List<MenuContributor> contributors, UserDirectory users) {
        this.entries = contributors.stream().flatMap(c -> c.menuEntries().stream())
                .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        this.users = users;
    }

    @ModelAttribute("menu")
    List<MenuGroup> menu() {
        CurrentUser user = users.current().orElse(null);
        if (user == null) {
            return List.of();
        }
        Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            if (entry.visibleTo(user.role())) {
                groups.computeIfAbsent(entry.section(), s -> new ArrayList<>()).add(entry);
            }
        }
        return groups.entrySet().stream().map(g -> new MenuGroup(g.getKey(), List.copyOf(g.getValue()))).toList();
    }
}
