package org.fagai.credit;

import java.time.LocalDate;

/**
 * An approval decision granted a licence (行政许可): credit records it as a 双公示 record due for publication within 7
 * working days. Raised by the deciding module (approval), listened to by credit, so the dependency stays approval →
 * credit. The licensing authority (XK_XKJG, XK_LYDW and their codes) and the status XK_ZT are filled in by credit.
 *
 * @param applicationId  the application decided; its licence is found by it ({@link LicenceDisclosures#forApplications})
 * @param documentName   XK_XKWS 许可决定文书名称
 * @param documentNumber XK_WSH 许可决定文书号
 * @param category       XK_XKLB 许可类别: 普通/特许/认可/核准/登记/其他
 * @param content        XK_NR 许可内容
 * @param decisionDate   XK_JDRQ 许可决定日期
 * @param validFrom      XK_YXQZ 有效期自
 * @param validTo        XK_YXQZI 有效期至 (2099-12-31 = 长期)
 */
public record LicenceGranted(long applicationId, String regionCode, String holderName, String holderCreditCode,
                             String documentName, String documentNumber, String category, String content,
                             LocalDate decisionDate, LocalDate validFrom, LocalDate validTo) {
}
