package org.fagai.cockpit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitTile;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySection;
import org.fagai.cockpit.SummarySlot;
import org.fagai.cockpit.Tile;
import org.fagai.cockpit.TileFigure;
import org.fagai.enterprise.ServiceFigures;
import org.springframework.stereotype.Component;

/** 企业服务: 服务包 coverage, the demands' three rates and the safety inspections (enterprise's {@link ServiceFigures}). */
@Component
class ServiceContribution implements CockpitTile, SummarySection {

    static final String SOURCE = "企业服务（service_package、enterprise_visit、enterprise_demand）";

    private final ServiceFigures service;

    ServiceContribution(ServiceFigures service) {
        this.service = service;
    }

    @Override
    public Optional<Tile> tile(CockpitScope scope) {
        ServiceFigures.Figures f = service.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.packages() + f.demands() + f.inspections() == 0) {
            return Optional.empty();
        }
        List<TileFigure> figures = List.of(
                new TileFigure("cockpit.service.coverage", null, Show.percent(f.coverageRate()),
                        f.visited() + " / " + f.packages(), f.packages() > 0 && f.visited() == f.packages() ? "ok" : "warn"),
                TileFigure.of("cockpit.service.demands", Show.count(f.demands())),
                TileFigure.of("cockpit.service.responseRate", Show.percent(f.responseRate())),
                TileFigure.of("cockpit.service.resolutionRate", Show.percent(f.resolutionRate())),
                TileFigure.of("cockpit.service.satisfactionRate", Show.percent(f.satisfactionRate())),
                TileFigure.of("cockpit.service.hazards", f.hazardsClosed() + " / " + f.hazards()));
        return Optional.of(new Tile("service", 600, "cockpit.tile.service", "cockpit.source.service", scope.periodLabel(),
                "/enterprises/service", figures, null));
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        ServiceFigures.Figures f = service.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.visited() == 0 && f.demands() == 0) {
            return Optional.empty();
        }
        String period = scope.periodLabel();
        List<String> parts = new ArrayList<>();
        List<SummaryFigure> figures = new ArrayList<>();
        if (f.visited() > 0) {
            parts.add("对" + f.packages() + "家重点企业实行服务包制度，" + f.coverageSentence());
            figures.add(new SummaryFigure("服务包企业", f.packages() + "家", period, scope.regionName(), SOURCE));
            figures.add(new SummaryFigure("走访覆盖率", Show.percent(f.coverageRate()), period, scope.regionName(), SOURCE));
        }
        if (f.demands() > 0) {
            parts.add("受理企业诉求" + f.demands() + "件，响应率" + Show.percent(f.responseRate()) + "、解决率"
                    + Show.percent(f.resolutionRate()) + "、满意率" + Show.percent(f.satisfactionRate()));
            figures.add(new SummaryFigure("企业诉求", f.demands() + "件", period, scope.regionName(), SOURCE));
            figures.add(new SummaryFigure("诉求响应率", Show.percent(f.responseRate()), period, scope.regionName(), SOURCE));
            figures.add(new SummaryFigure("诉求解决率", Show.percent(f.resolutionRate()), period, scope.regionName(), SOURCE));
            figures.add(new SummaryFigure("诉求满意率", Show.percent(f.satisfactionRate()), period, scope.regionName(), SOURCE));
        }
        return Optional.of(new SummaryParagraph(SummarySlot.ENTERPRISE_SERVICE, "企业服务扎实开展",
                String.join("；", parts) + "。", figures));
    }
}
