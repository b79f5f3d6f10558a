package org.fagai.enterprise.internal;

import java.time.LocalDate;
import org.fagai.shared.ConflictException;
import org.fagai.shared.StoredText;

/**
 * A hazard (隐患) and its rules: a rectification notice with measures and a deadline in working days, once per round;
 * the enterprise reports its rectification with evidence; the loop's verification closes it (on time or not); a
 * follow-up check (回头看) of a closed hazard confirms it or reopens it for a new round with a new deadline.
 */
final class Hazard {

    final long id;
    final String creditCode;
    final String regionCode;
    final String description;
    final String level;
    HazardState state;
    String noticeNumber;
    String measures;
    Integer noticeWorkingDays;
    LocalDate noticeIssuedOn;
    LocalDate deadline;
    Long itemId;
    String rectification;
    String evidence;
    LocalDate rectifiedOn;
    LocalDate closedOn;
    Boolean onTime;
    int reopenedCount;
    boolean followUpDue;
    LocalDate followedUpOn;
    String followUpResult;
    int version;

    Hazard(long id, String creditCode, String regionCode, String description, String level, HazardState state) {
        this.id = id;
        this.creditCode = creditCode;
        this.regionCode = regionCode;
        this.description = description;
        this.level = level;
        this.state = state;
    }

    void issueNotice(String number, String measuresText, int days, LocalDate on, LocalDate due) {
        if (state != HazardState.FOUND) {
            throw new ConflictException("state", StoredText.of("enterprise.error.hazardNoticed"));
        }
        noticeNumber = number;
        measures = measuresText;
        noticeWorkingDays = days;
        noticeIssuedOn = on;
        deadline = due;
        state = HazardState.NOTICE_ISSUED;
    }

    void onLoop(long item) {
        itemId = item;
    }

    void reportRectification(String text, String proof, LocalDate on) {
        if (state != HazardState.NOTICE_ISSUED) {
            throw new ConflictException("state", StoredText.of("enterprise.error.hazardRectifyState"));
        }
        rectification = text;
        evidence = proof;
        rectifiedOn = on;
        state = HazardState.RECTIFIED;
    }

    /** The loop verified the item: the hazard is closed (销号), on time when by the deadline. */
    boolean itemClosed(long item, LocalDate on) {
        if (itemId == null || itemId != item || state == HazardState.CLOSED || state == HazardState.FOUND) {
            return false;
        }
        closedOn = on;
        onTime = !on.isAfter(deadline);
        state = HazardState.CLOSED;
        followUpDue = false;
        return true;
    }

    /** 回头看 confirms the closure; or reopens the hazard with a new deadline (the caller puts a new item on the loop). */
    void followUp(boolean confirmed, String result, LocalDate on, LocalDate newDeadline) {
        if (state != HazardState.CLOSED) {
            throw new ConflictException("state", StoredText.of("enterprise.error.hazardFollowUpState"));
        }
        followedUpOn = on;
        followUpResult = result;
        followUpDue = false;
        if (!confirmed) {
            reopenedCount++;
            state = HazardState.NOTICE_ISSUED;
            deadline = newDeadline;
            closedOn = null;
            onTime = null;
            rectification = null;
            evidence = null;
            rectifiedOn = null;
        }
    }
}
