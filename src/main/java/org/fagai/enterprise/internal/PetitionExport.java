package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 信访 cases as Excel rows, the same filter as the list. */
final class PetitionExport {

    static final List<String> HEADERS = List.of("编号", "信访人", "企业", "统一社会信用代码", "地区", "信访事项", "状态", "收到日期",
            "受理期限", "受理/不予受理日期", "按期受理", "不予受理理由", "答复期限", "延期（日）", "延期理由", "答复日期", "按期答复", "答复意见");
    static final Map<PetitionState, String> STATES = Map.of(PetitionState.RECEIVED, "待受理", PetitionState.ACCEPTED, "办理中",
            PetitionState.NOT_ACCEPTED, "不予受理", PetitionState.ANSWERED, "已答复");

    private PetitionExport() {
    }

    static List<List<?>> rows(Petitions petitions, PetitionQueries.Filter filter) {
        List<List<?>> rows = new ArrayList<>();
        petitions.each(filter, p -> {
            List<Object> r = new ArrayList<>();
            r.add(p.id());
            r.add(p.petitioner());
            r.add(p.enterpriseName());
            r.add(p.creditCode());
            r.add(p.regionName());
            r.add(p.content());
            r.add(STATES.get(p.state()));
            r.add(p.receivedOn());
            r.add(p.acceptDue());
            r.add(p.acceptedOn());
            r.add(p.acceptedOnTime());
            r.add(p.refusalReason());
            r.add(p.answerDue());
            r.add(p.extensionDays());
            r.add(p.extensionReason());
            r.add(p.answeredOn());
            r.add(p.answeredOnTime());
            r.add(p.answer());
            rows.add(r);
        });
        return rows;
    }
}
