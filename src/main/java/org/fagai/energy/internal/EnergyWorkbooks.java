package org.fagai.energy.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;

/** The module's Excel exports, through the shared export (title, typed cells, formulas never written). */
final class EnergyWorkbooks {

    private EnergyWorkbooks() {
    }

    /** The monthly reports in the reader's language (read on the request's thread; Chinese as the sheet always read). */
    static void reports(OutputStream out, List<ReportList.Row> rows, MessageText text) {
        String yes = text.get("energy.export.yes");
        List<List<?>> data = new ArrayList<>();
        for (ReportList.Row r : rows) {
            data.add(Arrays.asList(r.monthText(), r.creditCode(), r.enterpriseName(), r.regionCode(), r.outputValue(), r.tce(),
                    r.tceRaw(), r.tceNonFossil(), r.tceControlled(), r.co2(), r.spike() ? yes : "", r.previousMissing() ? yes : ""));
        }
        ExcelExport.report(out, text.get("energy.export.reports.title"), List.of(Column.text(h(text, "reports", "month")),
                Column.text(h(text, "reports", "creditCode")), Column.text(h(text, "reports", "enterprise")),
                Column.text(h(text, "reports", "regionCode")), Column.amount(h(text, "reports", "output")).summed(),
                Column.amount(h(text, "reports", "tce")).summed(), Column.amount(h(text, "reports", "raw")).summed(),
                Column.amount(h(text, "reports", "nonFossil")).summed(), Column.amount(h(text, "reports", "controlled")).summed(),
                Column.amount(h(text, "reports", "co2")).summed(), Column.text(h(text, "reports", "spike")),
                Column.text(h(text, "reports", "previousMissing"))), data);
    }

    /** The reviews in the reader's language: an English reader reads the flags and warnings as the English pages do. */
    static void reviews(OutputStream out, List<ReviewView> rows, MessageText text, boolean english) {
        List<List<?>> data = new ArrayList<>();
        for (ReviewView r : rows) {
            String flag = english && r.filingFlagKey() != null ? text.get(r.filingFlagKey()) : r.filingFlag();
            String warning = english && r.warningKey() != null ? text.get(r.warningKey(), r.lapsesOn()) : r.warning();
            data.add(Arrays.asList(r.projectCode(), r.projectName(), r.regionCode(),
                    r.renovation() ? text.get("energy.export.reviews.renovated") : "", r.annualTce(), r.annualWanKwh(),
                    text.get("energy.export.reviews.class." + r.reviewClass().name()), flag, r.appliedOn(), r.opinionNumber(),
                    r.opinionOn(), r.lapsesOn(), r.startedOn(), r.acceptedOn(), warning));
        }
        ExcelExport.report(out, text.get("energy.export.reviews.title"), List.of(Column.text(h(text, "reviews", "code")),
                Column.text(h(text, "reviews", "name")), Column.text(h(text, "reviews", "regionCode")),
                Column.text(h(text, "reviews", "renovation")), Column.amount(h(text, "reviews", "tce")),
                Column.amount(h(text, "reviews", "electricity")), Column.text(h(text, "reviews", "class")),
                Column.text(h(text, "reviews", "flag")), Column.date(h(text, "reviews", "appliedOn")),
                Column.text(h(text, "reviews", "opinion")), Column.date(h(text, "reviews", "opinionOn")),
                Column.date(h(text, "reviews", "lapsesOn")), Column.date(h(text, "reviews", "startedOn")),
                Column.date(h(text, "reviews", "acceptedOn")), Column.text(h(text, "reviews", "warning"))), data);
    }

    /** The on-site checks in the reader's language. */
    static void checks(OutputStream out, List<CheckView> rows, MessageText text) {
        String yes = text.get("energy.export.yes");
        List<List<?>> data = new ArrayList<>();
        for (CheckView c : rows) {
            data.add(Arrays.asList(c.checkedOn(), c.creditCode(), c.enterpriseName(), c.regionCode(), c.month(), c.reportedTce(),
                    c.checkedTce(), c.difference(), c.flagged() ? yes : "", c.itemId(), c.rectifiedOn()));
        }
        ExcelExport.report(out, text.get("energy.export.checks.title"), List.of(Column.date(h(text, "checks", "checkedOn")),
                Column.text(h(text, "checks", "creditCode")), Column.text(h(text, "checks", "enterprise")),
                Column.text(h(text, "checks", "regionCode")), Column.text(h(text, "checks", "month")),
                Column.amount(h(text, "checks", "reported")), Column.amount(h(text, "checks", "checked")),
                Column.amount(h(text, "checks", "difference")), Column.text(h(text, "checks", "flagged")),
                Column.integer(h(text, "checks", "item")), Column.date(h(text, "checks", "rectifiedOn"))), data);
    }

    private static String h(MessageText text, String sheet, String column) {
        return text.get("energy.export." + sheet + "." + column);
    }

    /** In the reader's language: the title, headers and grades (read on the request's thread). */
    static void assessments(OutputStream out, List<AssessmentView> rows, MessageText text) {
        List<List<?>> data = new ArrayList<>();
        for (AssessmentView a : rows) {
            data.add(Arrays.asList(a.year(), a.subjectName(), a.subjectCode(), a.totalScore(),
                    text.get("energy.grade." + a.grade().name()), a.publishedOn()));
        }
        ExcelExport.report(out, text.get("energy.assessment.export.title"), List.of(Column.integer(text.get("energy.assessment.export.year")),
                Column.text(text.get("energy.assessment.export.subject")), Column.text(text.get("energy.assessment.export.code")),
                Column.amount(text.get("energy.assessment.total")), Column.text(text.get("energy.assessment.grade")),
                Column.date(text.get("energy.assessment.publishedOn"))), data);
    }
}
