package org.fagai.credit;

/** 守信激励: other modules ask whether an applicant is on the red list in force today and what it brings. */
public interface CreditIncentives {

    /** @throws org.fagai.shared.InvalidCodeException when the code is not a valid 统一社会信用代码 */
    RedListStatus redListStatus(String creditCode);
}
