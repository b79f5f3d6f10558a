package org.fagai.approval.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * An official document (决定书, 批复, 备案证明, 一次性告知书) as the renderers lay it out after GB/T 9704: title, number,
 * addressee, body paragraphs with an optional numbered list, the issuing authority and date, and — for a signed decision —
 * the verification code and the address its QR code opens.
 *
 * @param number     null for a notice or a draft
 * @param items      numbered items placed where the body has the line {@code {items}}; empty for none
 * @param verifyUrl  null: no QR code (drafts, notices)
 * @param draft      a decision not yet signed: marked as such and without a number
 */
record OfficialDocument(String title, String number, String addressee, List<String> paragraphs, List<String> items,
                        String authority, LocalDate date, String verificationCode, String verifyUrl, boolean draft) {

    static final String ITEMS = "{items}";

    OfficialDocument {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    /** 2024年9月27日: the date as a document writes it. */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
