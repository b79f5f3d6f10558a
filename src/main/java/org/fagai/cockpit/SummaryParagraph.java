package org.fagai.cockpit;

import java.util.List;

/**
 * A data sentence of the work summary for its slot (which heading of seed 000 it belongs under), with every figure it
 * states, so the appendix can trace each one.
 *
 * @param topic the 一是/二是 item's words before the sentence, e.g. 项目建设
 */
public record SummaryParagraph(SummarySlot slot, String topic, String sentence, List<SummaryFigure> figures) {

    public SummaryParagraph {
        figures = List.copyOf(figures);
    }
}
