package org.fagai.indicator.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.ValueView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The indicators' names as the reader sees them on this module's pages, exports, charts and APIs: the catalogue's English
 * name for an English reader (the Chinese name while it has none), the Chinese name otherwise. The lines the module hands
 * to others keep the Chinese name (the brief, the annual plan's report are Chinese documents); they name them themselves.
 */
@Component("indicatorNames")
public class IndicatorNames {

    private static final String REQUEST_KEY = IndicatorNames.class.getName();

    private final JdbcClient jdbc;

    IndicatorNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of indicator {@code code} for the current reader; {@code name} is its Chinese name. */
    public String of(String code, String name) {
        if (!english()) {
            return name;
        }
        String shown = englishNames().get(code);
        return shown == null || shown.isBlank() ? name : shown;
    }

    Overview overview(Overview o) {
        return english() ? o.withLines(lines(o.lines())) : o;
    }

    List<OverviewLine> lines(List<OverviewLine> lines) {
        return english() ? lines.stream().map(l -> l.named(of(l.code(), l.name()))).toList() : lines;
    }

    Comparison comparison(Comparison c) {
        return english() ? c.withRows(c.rows().stream().map(r -> r.named(of(r.code(), r.name()))).toList()) : c;
    }

    List<TargetView> targets(List<TargetView> targets) {
        return english() ? targets.stream().map(t -> t.named(of(t.indicatorCode(), t.indicatorName()))).toList() : targets;
    }

    List<ValueView> values(List<ValueView> values) {
        return english() ? values.stream().map(v -> v.named(of(v.indicatorCode(), v.indicatorName()))).toList() : values;
    }

    ValueView value(ValueView v) {
        return english() ? v.named(of(v.indicatorCode(), v.indicatorName())) : v;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The English names by code, read once per request. */
    @SuppressWarnings("unchecked")
    private Map<String, String> englishNames() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return (Map<String, String>) cached;
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name_en FROM indicator WHERE name_en <> ''").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        if (request != null) {
            request.setAttribute(REQUEST_KEY, names, RequestAttributes.SCOPE_REQUEST);
        }
        return names;
    }
}
