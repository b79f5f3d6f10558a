package org.fagai.businessenv.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;

/** The offers list in Excel, with the list's filters; headers, sectors, modes and states in the reader's language. */
final class OfferExport {

    static final int MAX_ROWS = 5000;

    private OfferExport() {
    }

    static ResponseEntity<byte[]> of(InvestmentOffers.Page page, MessageText text) {
        List<String> h = text.list("businessenv.export.offers.headers");
        List<Column> columns = List.of(Column.text(h.get(0)), Column.text(h.get(1)), Column.text(h.get(2)), Column.text(h.get(3)),
                Column.amount(h.get(4)).summed(), Column.text(h.get(5)), Column.text(h.get(6)), Column.text(h.get(7)),
                Column.text(h.get(8)), Column.date(h.get(9)), Column.integer(h.get(10)).summed());
        List<List<?>> rows = new ArrayList<>();
        for (OfferView o : page.offers()) {
            rows.add(Arrays.asList(o.title(), o.projectCode(), o.regionName(), text.get("businessenv.sector." + o.sector().name()),
                    o.totalInvestment(), text.get("businessenv.mode." + o.mode().name()), o.contactName(), o.contactPhone(),
                    text.orElse("businessenv.offer." + o.status(), o.status()), o.publishedOn(), o.interests()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, text.get("businessenv.export.offers.title"), columns, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("businessenv.export.offers.file"))).body(out.toByteArray());
    }
}
