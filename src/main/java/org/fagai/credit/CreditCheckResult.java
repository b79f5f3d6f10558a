package org.fagai.credit;

import java.time.LocalDateTime;
import org.fagai.shared.StoredText;

/**
 * The result of checking a unified social credit code against the dishonesty list in force.
 *
 * @param listed    whether the code is on the list in force at {@code checkedAt}
 * @param detail    a stored sentence ({@link StoredText}, read in the reader's language): for a listed code the list
 *                  types and source documents (data), {@code credit.check.notListed} otherwise
 * @param checkedAt Beijing time of the check
 */
public record CreditCheckResult(String creditCode, boolean listed, String detail, LocalDateTime checkedAt) {

    private static final String NOT_LISTED = "未列入失信联合惩戒对象名单";
    private static final String LISTED = "列入失信联合惩戒对象名单：";

    /** The detail of a code on the list with these entries (list type and source document each). */
    public static String listedDetail(java.util.List<String> entries) {
        return StoredText.of("credit.check.listedOn", StoredText.list("shared.reasonSeparator", entries));
    }

    public static String notListedDetail() {
        return StoredText.of("credit.check.notListed");
    }

    /** This result with its detail as read (decoded for the reader, or in Chinese for a document). */
    public CreditCheckResult withDetail(String readDetail) {
        return new CreditCheckResult(creditCode, listed, readDetail, checkedAt);
    }

    /**
     * A detail kept before it was a stored sentence (the Chinese text an application recorded) as the same sentence, so it
     * reads in the reader's language too; a stored sentence or any other text as it is.
     */
    public static String asStored(String detail) {
        if (detail == null || StoredText.parse(detail) != null) {
            return detail;
        }
        if (detail.equals(NOT_LISTED)) {
            return notListedDetail();
        }
        return detail.startsWith(LISTED) ? StoredText.of("credit.check.listedOn", detail.substring(LISTED.length())) : detail;
    }
}
