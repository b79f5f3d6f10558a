package org.fagai.credit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.RedListStatus;

/**
 * What an enterprise's credit report states on its day: published licences, penalties in publication, the dishonesty
 * list check, the red-list status and the credit commitments (breached ones stay on the file).
 */
record CreditReportContent(String creditCode, String entityName, LocalDate reportDate, LocalDateTime generatedAt,
                           String verificationCode, String verifyPath, List<Licence> licences, List<Penalty> penalties,
                           CreditCheckResult dishonesty, RedListStatus redList, List<Commitment> commitments,
                           String authority) {

    record Licence(String documentNumber, String documentName, String content, LocalDate decisionDate,
                   LocalDate validFrom, LocalDate validTo, String authority) {
    }

    record Penalty(String documentNumber, String violationType, String content, LocalDate decisionDate,
                   LocalDate publicUntil, String authority) {
    }

    record Commitment(String content, LocalDate madeOn, LocalDate promisedBy, String status, LocalDate settledOn) {
    }

    /** The counts the report states, kept with its verification code. */
    String summary() {
        long breached = commitments.stream().filter(c -> c.status().equals("BREACHED")).count();
        return "行政许可 " + licences.size() + " 条；公示期内行政处罚 " + penalties.size() + " 条；"
                + (dishonesty.listed() ? "列入失信联合惩戒对象名单" : "未列入失信联合惩戒对象名单") + "；"
                + (redList.listed() ? "守信激励对象" : "非守信激励对象") + "；信用承诺 " + commitments.size() + " 项"
                + (breached > 0 ? "（违诺 " + breached + " 项）" : "");
    }
}
