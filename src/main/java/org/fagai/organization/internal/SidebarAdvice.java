package org.fagai.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpServletRequest;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.MenuContributor;
import org.fagai.organization.MenuEntry;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user's sidebar, gathered from every module's {@link MenuContributor}, in every page's model. The
 * menu depends only on the role and the language, so it is built once per such pair, its texts resolved and escaped,
 * and kept ({@link KeptSidebar}): a page joins its pieces with the context path and its own entry's mark, written by
 * {@link SidebarProcessor}, without evaluating an expression per link (about 40 links, 5 expressions each, were a large
 * share of every page's rendering under the month-end load test).
 */
@ControllerAdvice(annotations = Controller.class)
class SidebarAdvice {

    /** A link of the sidebar, its label in the page's language. */
    record MenuLink(String nav, String label, String path) {
    }

    /** A heading of the sidebar, in the page's language, with the links under it that the user may open. */
    record MenuSection(String label, List<MenuLink> links) {
    }

    /** The sidebar of one page: the kept menu, the context path and the mark of the page's entry (null: none). */
    record SidebarMenu(KeptSidebar kept, String contextPath, String active) {

        String html() {
            return kept.html(contextPath, active);
        }
    }

    /** What a menu depends on: a handful of roles times two languages. */
    private record MenuKey(Role role, Locale language) {
    }

    private static final String ACTIVE_NAV = SidebarAdvice.class.getName() + ".activeNav";

    private final List<MenuEntry> entries;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Map<MenuKey, KeptSidebar> menus = new ConcurrentHashMap<>();

    SidebarAdvice(List<MenuContributor> contributors, UserDirectory users, MessageSource messages) {
        this.entries = contributors.stream().flatMap(c -> c.menuEntries().stream())
                .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        this.users = users;
        this.messages = messages;
    }

    /** The sidebar for the user's role and language (built on first use and kept), marked for the page shown. */
    @ModelAttribute("sidebar")
    SidebarMenu sidebar(Locale locale, HttpServletRequest request) {
        CurrentUser user = users.current().orElse(null);
        if (user == null) {
            return null;
        }
        // Only the two languages the bundles have: any other resolves to the Chinese texts, and must not grow the map.
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        MenuKey key = new MenuKey(user.role(), language);
        // a plain read first: computeIfAbsent locks the key's bin whenever the key is not the bin's first node, and 200
        // request threads queued on it under the month-end load test
        KeptSidebar kept = menus.get(key);
        if (kept == null) {
            kept = menus.computeIfAbsent(key, this::menuOf);
        }
        MenuEntry active = activeNav(request);
        String mark = "/".equals(requestPath(request)) ? "home" : active == null ? null : active.nav();
        return new SidebarMenu(kept, request.getContextPath(), mark);
    }

    private KeptSidebar menuOf(MenuKey key) {
        Map<String, List<MenuLink>> sections = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            if (entry.visibleTo(key.role())) {
                sections.computeIfAbsent(entry.section(), s -> new ArrayList<>()).add(new MenuLink(entry.nav(),
                        messages.getMessage(entry.labelKey(), null, key.language()), entry.path()));
            }
        }
        return KeptSidebar.of(messages.getMessage("nav.home", null, key.language()), sections.entrySet().stream()
                .map(s -> new MenuSection(messages.getMessage(s.getKey(), null, key.language()), s.getValue())).toList());
    }

    /** The request's path within the application, for the layout (Thymeleaf 3.1 no longer exposes the request). */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The sidebar entry of the page being shown: the one whose path is the longest prefix of the request's, so
     * 月度调度填报 (/projects/report) is marked, not 项目库 (/projects). The layout highlights it and builds the
     * breadcrumbs from it (首页 › its section › it › the page).
     */
    @ModelAttribute("activeNav")
    MenuEntry activeNav(HttpServletRequest request) {
        // asked twice per request (the sidebar's mark, the breadcrumbs): looked up once
        if (request.getAttribute(ACTIVE_NAV) instanceof Optional<?> kept) {
            return (MenuEntry) kept.orElse(null);
        }
        MenuEntry best = longestPrefix(requestPath(request));
        request.setAttribute(ACTIVE_NAV, Optional.ofNullable(best));
        return best;
    }

    private MenuEntry longestPrefix(String path) {
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
