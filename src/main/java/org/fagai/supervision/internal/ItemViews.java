package org.fagai.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fagai.supervision.ItemView;

/** Builds the API view of an item with names. */
final class ItemViews {

    private ItemViews() {
    }

    /** {@code sentences} shows a stored sentence (the title and content a module composed, the colour reason) in the reader's language. */
    static ItemView of(Item i, Names.Lookup names, UnaryOperator<String> sentences) {
        List<ItemView.MilestoneView> milestones = new ArrayList<>();
        for (int n = 0; n < i.milestones().size(); n++) {
            Milestone m = i.milestones().get(n);
            milestones.add(new ItemView.MilestoneView(n, m.title(), m.dueOn(), m.doneOn()));
        }
        List<String> coNames = i.coUnitIds().stream().map(names::unit).toList();
        return new ItemView(i.id(), sentences.apply(i.title()), sentences.apply(i.content()), i.sourceType(), i.sourceRef(), i.sourceLink(), i.year(), i.area(),
                i.problemId(), i.leadUnitId(), names.unit(i.leadUnitId()), i.leadPersonId(), names.person(i.leadPersonId()),
                i.coUnitIds(), coNames, i.supervisorId(), names.person(i.supervisorId()), i.leaderId(), names.person(i.leaderId()),
                i.assignedOn(), i.workingDays(), i.deadline(), i.state(), i.colour(), sentences.apply(i.colourReason()), i.nextReportDue(),
                i.reportMissed(), i.lastProgress(), i.result(), i.evidence(), i.closedOn(), i.closedOnTime(),
                i.extension().deadline(), i.extension().reason(), i.escalatedOn(), milestones);
    }
}
