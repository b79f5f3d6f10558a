package org.fagai.approval.internal;

import org.fagai.shared.StoredText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.fagai.organization.Role;

/**
 * The rules of an application's internal review chain, over the chain it was accepted with and the steps taken: steps
 * go in order, each by a user with its role (and the person named for it, if any); a step may send the application back
 * to an earlier one with a reason, which opens that step again for the person who passed it before.
 */
final class ReviewChain {

    private final Application application;
    private final List<ChainStep> chain;
    private final List<ReviewStep> taken;

    ReviewChain(Application application, List<ChainStep> chain, List<ReviewStep> taken) {
        this.application = application;
        this.chain = chain;
        this.taken = taken;
    }

    /** The step waiting now; null before acceptance, once complete, or for a kind without a chain. */
    ReviewStep current() {
        return taken.stream().filter(ReviewStep::isOpen).findFirst().orElse(null);
    }

    /** Every step passed in order, the last one last. */
    boolean complete() {
        if (chain.isEmpty()) {
            return true;
        }
        ReviewStep last = taken.isEmpty() ? null : taken.get(taken.size() - 1);
        return last != null && !last.isOpen() && last.decision() == ReviewStep.Decision.PASS
                && last.position() == chain.get(chain.size() - 1).position();
    }

    /** Complete, or only the last step is waiting and it is a leader's: the leader's signature passes it. */
    boolean readyForSignature() {
        ReviewStep open = current();
        return complete() || (open != null && open.position() == lastPosition() && open.role() == Role.LEADER);
    }

    ReviewStep start(LocalDateTime at, String assignee) {
        return chain.isEmpty() ? null : open(chain.get(0), at, assignee);
    }

    void pass(int position, LocalDateTime at, String by, Role role, String opinion, String nextAssignee) {
        ReviewStep step = require(position, at, by, role);
        step.finish(at, by, ReviewStep.Decision.PASS, blank(opinion) ? "同意" : opinion.strip(), null);
        if (position != lastPosition()) {
            open(next(position), at, blank(nextAssignee) ? null : nextAssignee.strip());
        }
    }

    void sendBack(int position, Integer target, LocalDateTime at, String by, Role role, String reason) {
        ReviewStep step = require(position, at, by, role);
        if (blank(reason)) {
            throw new RuleViolation(StoredText.of("approval.error.returnReasonRequired"));
        }
        int to = target == null ? position - 1 : target;
        ChainStep earlier = chain.stream().filter(s -> s.position() == to && to < position).findFirst()
                .orElseThrow(() -> new RuleViolation(StoredText.of("approval.error.returnEarlierOnly", position - 1)));
        step.finish(at, by, ReviewStep.Decision.RETURN, reason.strip(), to);
        String previous = taken.stream().filter(s -> s.position() == to && s.decision() == ReviewStep.Decision.PASS)
                .reduce((first, second) -> second).map(ReviewStep::reviewer).orElse(null);
        open(earlier, at, previous);
    }

    /** The leader's signature passes the last step when it is still waiting. */
    void passBySignature(LocalDateTime at, String by) {
        ReviewStep open = current();
        if (open != null) {
            open.finish(at, by, ReviewStep.Decision.PASS, "签发", null);
        }
    }

    private ReviewStep require(int position, LocalDateTime at, String by, Role role) {
        ReviewStep step = current();
        if (step == null) {
            throw new RuleViolation(StoredText.of(chain.isEmpty() ? "approval.error.noChain" : "approval.error.chainDone"));
        }
        if (step.position() != position) {
            throw new RuleViolation(StoredText.of("approval.error.otherStepOpen", step.position(), step.name(), position));
        }
        if (!ChainStep.admits(step.role(), role)) {
            throw new RuleViolation(StoredText.of("approval.error.stepRole", step.name(),
                    StoredText.label(step.role() == Role.LEADER ? "approval.error.roleLeader" : "approval.error.roleStaff")));
        }
        if (step.assignee() != null && !step.assignee().equals(by) && role != Role.LEADER) {
            throw new RuleViolation(StoredText.of("approval.error.stepAssigned", step.name(), step.assignee()));
        }
        Objects.requireNonNull(at, "时间不能为空");
        if (at.isBefore(step.startedAt())) {
            throw new RuleViolation(StoredText.of("approval.error.stepBeforeStart", step.startedAt().toString().replace('T', ' ')));
        }
        return step;
    }

    private ReviewStep open(ChainStep step, LocalDateTime at, String assignee) {
        ReviewStep opened = new ReviewStep(application, step, at, assignee);
        taken.add(opened);
        return opened;
    }

    private ChainStep next(int position) {
        return chain.stream().filter(s -> s.position() > position).findFirst().orElseThrow();
    }

    private int lastPosition() {
        return chain.get(chain.size() - 1).position();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
