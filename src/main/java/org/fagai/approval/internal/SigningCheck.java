package org.fagai.approval.internal;

import java.util.ArrayList;
import java.util.List;
import org.fagai.approval.ApplicationStatus;

/**
 * What must be done before a leader signs an application's drafted decision: the clock running, the decision drafted,
 * the review chain through, the 容缺 materials supplied, the consultations answered (or a note why not to wait), and
 * the 公示 a government-investment project over the threshold needs.
 */
final class SigningCheck {

    private SigningCheck() {
    }

    static List<String> blockers(Application a) {
        List<String> blockers = new ArrayList<>();
        ApplicationStatus status = a.status();
        if (status.clockStopped()) {
            blockers.add(status == ApplicationStatus.SUSPENDED ? "补正中，须先恢复计时" : "计时中止中（"
                    + a.openStop().kind().chineseName() + "），须先结束");
        } else if (status != ApplicationStatus.ACCEPTED) {
            blockers.add("当前状态不能签发");
            return blockers;
        }
        Draft draft = a.draft();
        if (draft.approved() == null) {
            blockers.add("尚未拟定决定");
        }
        if (!a.chain().readyForSignature()) {
            ReviewStep open = a.chain().current();
            blockers.add("内部审查尚未完成" + (open == null ? "" : "（当前：第 " + open.position() + " 步“" + open.name() + "”）"));
        }
        List<String> missing = a.partial().stillMissing();
        if (!missing.isEmpty()) {
            blockers.add("容缺材料尚未补齐：" + String.join("、", missing));
        }
        List<String> waiting = a.consultations().stream().filter(Consultation::isOpen).map(Consultation::departmentName).toList();
        if (!waiting.isEmpty() && draft.consultationNote() == null) {
            blockers.add("征求意见尚未全部答复（" + String.join("、", waiting) + "），须等待答复或在决定中说明不再等待的理由");
        }
        if (a.publicNoticeRequired() && Boolean.TRUE.equals(draft.approved())
                && a.stops().stream().noneMatch(s -> s.kind() == StopKind.PUBLIC_NOTICE && !s.isOpen())) {
            blockers.add("政府投资项目总投资达到公示标准，须先完成公示");
        }
        return blockers;
    }
}
