package org.fagai.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/** The applicant's signed promise (告知承诺) of a 容缺受理: the date the missing materials come by; breached once. */
@Embeddable
class Commitment {

    @Column(name = "promised_by")
    private LocalDate promisedBy;
    @Column(name = "commitment_text")
    private String text;
    @Column(name = "commitment_breached")
    private boolean breached;

    protected Commitment() {
    }

    Commitment(LocalDate promisedBy, String text, List<String> missing) {
        this.promisedBy = promisedBy;
        this.text = text != null ? text : "申请人承诺于 " + promisedBy + " 前补齐" + String.join("、", missing)
                + "，逾期未补齐的，承担相应责任，违诺情况记入信用记录。";
    }

    /** Marks the promise breached; false when it already was. */
    boolean breach() {
        if (breached) {
            return false;
        }
        breached = true;
        return true;
    }

    LocalDate promisedBy() { return promisedBy; }
    String text() { return text; }
    boolean breached() { return breached; }
}
