package org.fagai.indicator.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.indicator.Comparison;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.fagai.indicator.TargetView;
import org.fagai.indicator.Unit;
import org.fagai.indicator.ValueView;
import org.fagai.shared.web.Formats;
import org.fagai.shared.web.MessageText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The indicators' names (and their units and periods) as the reader sees them on this module's pages, exports, charts and APIs: the catalogue's English
 * name for an English reader (the Chinese name while it has none), the Chinese name otherwise. The lines the module hands
 * to others keep the Chinese name (the brief, the annual plan's report are Chinese documents); they name them themselves.
 */
@Component("indicatorNames")
public class IndicatorNames {

    private static final String REQUEST_KEY = IndicatorNames.class.getName();

    private final JdbcClient jdbc;
    private final MessageText text;
    private final Formats fmt;

    IndicatorNames(JdbcClient jdbc, MessageText text, Formats fmt) {
        this.jdbc = jdbc;
        this.text = text;
        this.fmt = fmt;
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

    /**
     * The lines as the API answers them: for an English reader the name, the unit label and the period in English, as the
     * pages and exports show them; the lines as they are (Chinese) otherwise.
     */
    List<OverviewLine> readerLines(List<OverviewLine> lines) {
        return english() ? lines.stream().map(l -> l.shown(of(l.code(), l.name()), unit(l.unitKind()), period(l.period()))).toList()
                : lines;
    }

    /** A unit's label in the reader's language (亿元 / 100m CNY …). */
    String unit(Unit unit) {
        return unit == null ? null : text.get("indicator.unit." + unit.name());
    }

    /** A period's label in the reader's language (Chinese: as stored). */
    String period(String label) {
        return label == null || !english() ? label : fmt.period(label);
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
