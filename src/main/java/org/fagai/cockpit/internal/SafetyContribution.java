package org.fagai.cockpit.internal;

import java.util.List;
import java.util.Optional;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySection;
import org.fagai.cockpit.SummarySlot;
import org.fagai.enterprise.ServiceFigures;
import org.springframework.stereotype.Component;

/** 安全生产: the period's inspections and hazards with their rectification (enterprise's safety records). */
@Component
class SafetyContribution implements SummarySection {

    static final String SOURCE = "安全生产检查（safety_inspection、safety_hazard）";

    private final ServiceFigures service;

    SafetyContribution(ServiceFigures service) {
        this.service = service;
    }

    @Override
    public Optional<SummaryParagraph> paragraph(CockpitScope scope) {
        ServiceFigures.Figures f = service.figures(scope.from(), scope.to(), scope.regionCode());
        if (f.inspections() == 0) {
            return Optional.empty();
        }
        String sentence = "开展企业安全生产检查" + f.inspections() + "次，覆盖企业" + f.inspectedEnterprises() + "家，排查隐患"
                + f.hazards() + "处（其中重大隐患" + f.majorHazards() + "处），已整改销号" + f.hazardsClosed() + "处，其中按期整改"
                + f.hazardsClosedOnTime() + "处。";
        String period = scope.periodLabel();
        String region = scope.regionName();
        return Optional.of(new SummaryParagraph(SummarySlot.SAFETY, "安全生产工作稳步推进", sentence, List.of(
                new SummaryFigure("安全生产检查", f.inspections() + "次", period, region, SOURCE),
                new SummaryFigure("检查覆盖企业", f.inspectedEnterprises() + "家", period, region, SOURCE),
                new SummaryFigure("排查隐患", f.hazards() + "处", period, region, SOURCE),
                new SummaryFigure("重大隐患", f.majorHazards() + "处", period, region, SOURCE),
                new SummaryFigure("已整改销号", f.hazardsClosed() + "处", period, region, SOURCE),
                new SummaryFigure("按期整改", f.hazardsClosedOnTime() + "处", period, region, SOURCE))));
    }
}
