package org.fagai.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.CockpitScopes;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySection;
import org.fagai.cockpit.SummarySlot;
import org.fagai.indicator.EconomicIndicators;
import org.fagai.indicator.Overview;
import org.fagai.indicator.OverviewLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the year's (or half-year's) work summary: the economy sentence from economic monitoring as the monthly brief
 * writes it ({@link BriefText}), then every module's {@link SummarySection} in seed 000's order.
 */
@Service
class WorkSummaries {

    static final String ECONOMY_SOURCE = "经济运行监测（indicator_value，统计部门发布的增速；测算者注明）";

    private final CockpitScopes scopes;
    private final EconomicIndicators indicators;
    private final List<SummarySection> sections;
    private final WorkSummaryDocx docx;
    private final AuditLog audit;

    WorkSummaries(CockpitScopes scopes, EconomicIndicators indicators, List<SummarySection> sections, WorkSummaryDocx docx,
                  AuditLog audit) {
        this.scopes = scopes;
        this.indicators = indicators;
        this.sections = sections;
        this.docx = docx;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    WorkSummaryDraft draft(Integer year, String region, boolean halfYear) {
        CockpitScope scope = scopes.resolve(year, region, halfYear);
        List<SummaryParagraph> paragraphs = new ArrayList<>();
        economy(scope).ifPresent(paragraphs::add);
        for (SummarySection section : sections) {
            section.paragraph(scope).ifPresent(paragraphs::add);
        }
        paragraphs.sort(Comparator.comparing(SummaryParagraph::slot));
        List<SummaryFigure> figures = paragraphs.stream().flatMap(p -> p.figures().stream()).toList();
        Set<SummarySlot> missing = EnumSet.allOf(SummarySlot.class);
        paragraphs.forEach(p -> missing.remove(p.slot()));
        String title = scope.regionName() + "发展和改革委员会" + scope.year() + (halfYear ? "年上半年工作总结" : "年工作总结");
        return new WorkSummaryDraft(scope, halfYear, title, paragraphs, figures, List.copyOf(missing));
    }

    byte[] document(WorkSummaryDraft draft) {
        byte[] bytes = docx.render(draft);
        audit.record(AuditAction.EXPORT, "work-summary", draft.scope().regionCode() + "/" + draft.scope().year()
                + (draft.halfYear() ? "-H1" : ""), StoredText.of("report.audit.summary.generated", draft.title()));
        return bytes;
    }

    /** 地区生产总值2578亿元，同比增长7.9%；…一般公共预算收入累计完成384亿元，同比增长11.2%（测算）。 */
    private java.util.Optional<SummaryParagraph> economy(CockpitScope scope) {
        Overview overview = indicators.overview(scope.regionCode(), scope.year(), scope.throughMonth());
        String sentence = BriefText.summary(overview.lines());
        if (sentence.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<SummaryFigure> figures = new ArrayList<>();
        for (OverviewLine l : overview.lines()) {
            if (!l.inBrief() || !l.hasData()) {
                continue;
            }
            if (!l.growthOnly() && l.value() != null) {
                figures.add(new SummaryFigure(l.name(), BriefText.amount(l.value(), l.unitKind()), l.period(),
                        overview.regionName(), ECONOMY_SOURCE));
            }
            if (l.growth() != null) {
                figures.add(new SummaryFigure(l.name() + "同比增速", BriefText.percent(l.growth()) + BriefText.estimatedMark(l),
                        l.period(), overview.regionName(), ECONOMY_SOURCE));
            }
        }
        return java.util.Optional.of(new SummaryParagraph(SummarySlot.ECONOMY, "经济运行", sentence, figures));
    }
}
