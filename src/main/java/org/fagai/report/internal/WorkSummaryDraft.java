package org.fagai.report.internal;

import java.util.List;
import org.fagai.cockpit.CockpitScope;
import org.fagai.cockpit.SummaryFigure;
import org.fagai.cockpit.SummaryParagraph;
import org.fagai.cockpit.SummarySlot;

/**
 * A work summary drafted from data: its title, the data sentences in seed 000's order (only those with data), every
 * figure they state, and the slots no module could fill (named, never padded with a placeholder).
 */
record WorkSummaryDraft(CockpitScope scope, boolean halfYear, String title, List<SummaryParagraph> paragraphs,
                        List<SummaryFigure> figures, List<SummarySlot> missing) {

    List<SummaryParagraph> inPart(int part) {
        return paragraphs.stream().filter(p -> p.slot().part() == part).toList();
    }

    String fileName() {
        return title + ".docx";
    }
}
