package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
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

    /** The refusal to sign, naming every blocker. */
    static String refusal(List<String> blockers) {
        return StoredText.of("approval.error.cannotSign", StoredText.list("approval.blocker.separator", blockers));
    }

    /** What blocks the signature, each a stored sentence. */
    static List<String> blockers(Application a) {
        List<String> blockers = new ArrayList<>();
        ApplicationStatus status = a.status();
        if (status.clockStopped()) {
            blockers.add(status == ApplicationStatus.SUSPENDED ? StoredText.of("approval.blocker.suspended")
                    : StoredText.of("approval.blocker.stopped", StoredText.label(a.openStop().kind().labelKey())));
        } else if (status != ApplicationStatus.ACCEPTED) {
            blockers.add(StoredText.of("approval.blocker.state"));
            return blockers;
        }
        Draft draft = a.draft();
        if (draft.approved() == null) {
            blockers.add(StoredText.of("approval.blocker.noDraft"));
        }
        if (!a.chain().readyForSignature()) {
            ReviewStep open = a.chain().current();
            blockers.add(open == null ? StoredText.of("approval.blocker.review")
                    : StoredText.of("approval.blocker.reviewAt", open.position(), open.name()));
        }
        List<String> missing = a.partial().stillMissing();
        if (!missing.isEmpty()) {
            blockers.add(StoredText.of("approval.blocker.missing", StoredText.list("shared.listSeparator", missing)));
        }
        List<String> waiting = a.consultations().stream().filter(Consultation::isOpen).map(Consultation::departmentName).toList();
        if (!waiting.isEmpty() && draft.consultationNote() == null) {
            blockers.add(StoredText.of("approval.blocker.consultations", StoredText.list("shared.listSeparator", waiting)));
        }
        if (a.publicNoticeRequired() && Boolean.TRUE.equals(draft.approved())
                && a.stops().stream().noneMatch(s -> s.kind() == StopKind.PUBLIC_NOTICE && !s.isOpen())) {
            blockers.add(StoredText.of("approval.blocker.publicNotice"));
        }
        return blockers;
    }
}
