package org.fagai.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
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

    /**
     * The sidebar entry of the page being shown: the one whose path is the longest prefix of the request's, so
     * 月度调度填报 (/projects/report) is marked, not 项目库 (/projects). The layout highlights it and builds the
     * breadcrumbs from it (首页 › its section › it › the page).
     */
    /** The request's path within the application, for the layout (Thymeleaf 3.1 no longer exposes the request). */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("activeNav")
    MenuEntry activeNav(HttpServletRequest request) {
        String path = requestPath(request);
        MenuEntry best = null;
        for (MenuEntry entry : entries) {
            String p = entry.path();
            boolean matches = path.equals(p) || (path.startsWith(p) && (p.endsWith("/") || path.charAt(p.length()) == '/'));
            if (matches && (best == null || p.length() > best.path().length())) {
                best = entry;
            }
        }
        return best;
    }
}
