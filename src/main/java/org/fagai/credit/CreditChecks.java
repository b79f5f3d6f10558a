package org.fagai.credit;

/** 信用核查: is an applicant on the 失信联合惩戒对象名单 in force today? */
public interface CreditChecks {

    /**
     * Checks a code against the entries in force today (valid from ≤ today ≤ valid to, not removed).
     *
     * @throws org.fagai.shared.InvalidCodeException when the code is not a valid 统一社会信用代码
     */
    CreditCheckResult check(String creditCode);
}
