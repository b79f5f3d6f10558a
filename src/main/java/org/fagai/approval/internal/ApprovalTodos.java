package org.fagai.approval.internal;

import java.util.List;
import org.fagai.approval.ApprovalAttention;
import org.fagai.approval.ClockState;
import org.fagai.organization.CurrentUser;
import org.fagai.supervision.Colour;
import org.fagai.supervision.TodoEntry;
import org.fagai.supervision.TodoSource;
import org.springframework.stereotype.Component;

/** To-do entries: open applications near (yellow) or past (red) their promised limit. */
@Component
class ApprovalTodos implements TodoSource {

    private final ApprovalAttention attention;

    ApprovalTodos(ApprovalAttention attention) {
        this.attention = attention;
    }

    @Override
    public List<TodoEntry> entriesFor(CurrentUser user) {
        return attention.needingAttention(30).stream()
                .map(a -> new TodoEntry("approval.limit", a.title() + "（" + a.applicantName() + "）",
                        a.deadline() == null ? null : a.deadline().toLocalDate(),
                        a.state() == ClockState.OVERDUE ? Colour.RED : Colour.YELLOW, "/approvals/" + a.id()))
                .toList();
    }
}
