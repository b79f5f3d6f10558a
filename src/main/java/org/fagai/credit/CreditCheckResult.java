package org.fagai.credit;

import java.time.LocalDateTime;

/**
 * The result of checking a unified social credit code against the dishonesty list in force.
 *
 * @param listed    whether the code is on the list in force at {@code checkedAt}
 * @param detail    for a listed code, the list types and source documents (Chinese); "未列入" otherwise
 * @param checkedAt Beijing time of the check
 */
public record CreditCheckResult(String creditCode, boolean listed, String detail, LocalDateTime checkedAt) {
}
