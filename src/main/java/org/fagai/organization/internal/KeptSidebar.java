package org.fagai.organization.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The sidebar of one role in one language, written once as HTML: every text and attribute (the bundles' labels, the
 * modules' paths and marks) is HTML-escaped here, when it is built, exactly as {@code th:text} would escape it on each
 * page. A page then only joins the pieces, adding the escaped context path and the mark of its own entry: no expression
 * is evaluated per link. Nothing a user typed ever enters it (see {@link SidebarProcessor}).
 */
final class KeptSidebar {

    private static final String LINK_OPEN = "<li class=\"nav-item\"><a class=\"nav-link";
    private static final String ACTIVE = " active\" aria-current=\"page";
    private static final String HREF = "\" href=\"";

    /** A section heading ({@code nav} null, {@code html} whole) or a link ({@code html} after the context path). */
    private record Piece(String nav, String html) {
    }

    private final List<Piece> pieces;
    private final int length;

    private KeptSidebar(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        this.length = pieces.stream().mapToInt(p -> p.html().length() + LINK_OPEN.length() + HREF.length()).sum();
    }

    /** {@code home}: the home link's label; {@code sections}: the headings with their links (mark, label, path), in order. */
    static KeptSidebar of(String home, List<SidebarAdvice.MenuSection> sections) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(link("home", home, "/"));
        for (SidebarAdvice.MenuSection section : sections) {
            pieces.add(new Piece(null, "<li class=\"mt-2 px-3 text-secondary small fw-semibold fagai-nav-section\">"
                    + escape(section.label()) + "</li>"));
            section.links().forEach(l -> pieces.add(link(l.nav(), l.label(), l.path())));
        }
        return new KeptSidebar(pieces);
    }

    private static Piece link(String nav, String label, String path) {
        return new Piece(nav, escape(path) + "\" data-nav=\"" + escape(nav) + "\">" + escape(label) + "</a></li>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * The list items: {@code contextPath} before every path (escaped here: a proxy's prefix comes from a header), the
     * entry marked {@code active} (home's mark is {@code home}; null: none) highlighted with {@code aria-current}.
     */
    String html(String contextPath, String active) {
        String prefix = escape(contextPath);
        StringBuilder html = new StringBuilder(length + pieces.size() * prefix.length() + ACTIVE.length());
        for (Piece piece : pieces) {
            if (piece.nav() == null) {
                html.append(piece.html());
                continue;
            }
            html.append(LINK_OPEN);
            if (piece.nav().equals(active)) {
                html.append(ACTIVE);
            }
            html.append(HREF).append(prefix).append(piece.html());
        }
        return html.toString();
    }
}
