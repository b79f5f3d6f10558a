package org.fagai.attraction.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.attraction.internal.AttractionStatistics.Funnel;
import org.fagai.attraction.internal.AttractionStatistics.Group;
import org.fagai.attraction.internal.FunnelFigures.LeadCohort;
import org.fagai.attraction.internal.FunnelFigures.OriginShare;
import org.fagai.attraction.internal.FunnelFigures.Rates;
import org.fagai.attraction.internal.FunnelFigures.SignedCohort;
import org.fagai.shared.web.MessageText;
import org.springframework.stereotype.Component;

/** The funnel as the API answers it (and the chart reads it): stages with names, the signed projects, rates with definitions. */
@Component
class FunnelJson {

    static final List<String> RATES = List.of("signingConversion", "landing", "start", "production", "fundsInPlace");

    private final MessageText text;

    FunnelJson(MessageText text) {
        this.text = text;
    }

    Map<String, Object> of(Funnel f) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", f.from().toString());
        body.put("to", f.to().toString());
        body.put("region", f.region());
        body.put("regionName", f.regionName());
        body.put("stages", stages(f.leads()));
        body.put("signed", signed(f.signed()));
        body.put("rates", rates(f.rates()));
        List<Map<String, Object>> origins = new ArrayList<>();
        for (OriginShare o : f.origins()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("origin", o.origin().name());
            line.put("name", text.get(o.origin().labelKey()));
            line.put("projects", o.projects());
            line.put("agreedInvestment", o.agreedInvestment());
            line.put("projectShare", o.projectShare());
            line.put("investmentShare", o.investmentShare());
            origins.add(line);
        }
        body.put("origins", origins);
        body.put("groupBy", f.groupBy() == null ? null : f.groupBy().name());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Group g : f.groups()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("key", g.key());
            line.put("name", g.name());
            line.put("stages", stages(g.leads()));
            line.put("signed", signed(g.signed()));
            line.put("rates", rates(g.rates()));
            groups.add(line);
        }
        body.put("groups", groups);
        Map<String, String> definitions = new LinkedHashMap<>();
        RATES.forEach(r -> definitions.put(r, text.get("attraction.rate." + r + ".definition")));
        body.put("definitions", definitions);
        return body;
    }

    List<Map<String, Object>> stages(LeadCohort leads) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (LeadStage s : LeadStage.values()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("stage", s.name());
            line.put("name", text.get(s.labelKey()));
            line.put("count", leads.reached(s));
            stages.add(line);
        }
        return stages;
    }

    static Map<String, Object> signed(SignedCohort s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projects", s.projects());
        body.put("agreedInvestment", s.agreedInvestment());
        body.put("registered", s.registered());
        body.put("started", s.started());
        body.put("producing", s.producing());
        body.put("fullCapacity", s.fullCapacity());
        body.put("reportedFunds", s.reportedFunds());
        body.put("projectInvestment", s.projectInvestment());
        body.put("fundsInPlace", s.fundsInPlace());
        return body;
    }

    static Map<String, Object> rates(Rates r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signingConversion", r.signingConversion());
        body.put("landing", r.landing());
        body.put("start", r.start());
        body.put("production", r.production());
        body.put("fundsInPlace", r.fundsInPlace());
        return body;
    }
}
