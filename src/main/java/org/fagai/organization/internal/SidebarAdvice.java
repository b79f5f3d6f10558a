package org.fagai.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Puts the signed-in user's sidebar, gathered from every module's {@link MenuContributor}, in every page's model. Its
 * links depend only on the role, the language and the current entry, so they are rendered once per such combination
 * and kept ({@code layout/sidebar.html}): about 30 links per page were a large share of the layout's rendering under
 * the month-end load test.
 */
@ControllerAdvice(annotations = Controller.class)
class SidebarAdvice {

    /** A heading of the sidebar with the links under it that the user may open. */
    record MenuGroup(String labelKey, List<MenuEntry> entries) {
    }

    /**
     * What the rendered links depend on; each part has a handful of values, so the kept renderings stay few. The context
     * path is constant unless a proxy sends {@code X-Forwarded-Prefix}, hence the cap on what is kept.
     */
    private record SidebarKey(String contextPath, Role role, Locale locale, String activeNav, boolean home) {
    }

    private static final int MAX_KEPT = 2_000;

    private final List<MenuEntry> entries;
    private final UserDirectory users;
    private final ObjectProvider<ITemplateEngine> templates;
    private final Map<SidebarKey, String> rendered = new ConcurrentHashMap<>();

    SidebarAdvice(List<MenuContributor> contributors, UserDirectory users, ObjectProvider<ITemplateEngine> templates) {
        this.entries = contributors.stream().flatMap(c -> c.menuEntries().stream())
                .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        this.users = users;
        this.templates = templates;
    }

    /** The sidebar's links as HTML, rendered on first use for the user's role, language and current entry. */
    @ModelAttribute("sidebarLinks")
    String sidebarLinks(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        CurrentUser user = users.current().orElse(null);
        if (user == null) {
            return "";
        }
        String path = requestPath(request);
        MenuEntry active = activeNav(request);
        // Only the two languages the bundles have: any other resolves to the Chinese texts, and must not grow the map.
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        SidebarKey key = new SidebarKey(request.getContextPath(), user.role(), language, active == null ? null : active.nav(),
                "/".equals(path));
        String kept = rendered.get(key);
        if (kept != null) {
            return kept;
        }
        String links = render(request, response, key, active);
        if (rendered.size() < MAX_KEPT) {
            rendered.putIfAbsent(key, links);
        }
        return links;
    }

    private String render(HttpServletRequest request, HttpServletResponse response, SidebarKey key, MenuEntry active) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), key.locale());
        context.setVariable("menu", menuOf(key.role()));
        context.setVariable("activeNav", active);
        context.setVariable("requestPath", key.home() ? "/" : requestPath(request));
        return templates.getObject().process("layout/sidebar", Set.of("links"), context);
    }

    private List<MenuGroup> menuOf(Role role) {
        Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            if (entry.visibleTo(role)) {
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
