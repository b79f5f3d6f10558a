package org.fagai.policy.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.fagai.shared.web.MessageText;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The policies and the innovation platforms in Excel, with their lists' filters, in the reader's language. */
@Component
class PolicyExports {

    /** More than any commission's list; the lists on the pages are paged. */
    static final int MAX_ROWS = 5000;

    private final MessageText text;

    PolicyExports(MessageText text) {
        this.text = text;
    }

    ResponseEntity<byte[]> policies(List<PolicyView> policies) {
        List<String> h = text.list("policy.export.policies.headers");
        List<Column> columns = List.of(Column.text(h.get(0)), Column.text(h.get(1)), Column.text(h.get(2)), Column.text(h.get(3)),
                Column.integer(h.get(4)), Column.text(h.get(5)), Column.text(h.get(6)), Column.text(h.get(7)), Column.text(h.get(8)),
                Column.amount(h.get(9)), Column.date(h.get(10)), Column.date(h.get(11)));
        List<List<?>> rows = new ArrayList<>();
        for (PolicyView p : policies) {
            PolicyConditions c = p.conditions();
            rows.add(Arrays.asList(p.name(), p.issuer(), p.documentNumber(), p.regionCode(), p.year(),
                    labels(c.flags().stream().map(f -> f.labelKey())), labels(c.sizes().stream().map(s -> s.labelKey())),
                    c.industriesText(), p.noApplication(), p.maxAmount(), p.validFrom(), p.validTo()));
        }
        return file("policies", rows, columns);
    }

    ResponseEntity<byte[]> platforms(List<Platforms.PlatformView> platforms) {
        List<String> h = text.list("policy.export.platforms.headers");
        List<Column> columns = List.of(Column.text(h.get(0)), Column.text(h.get(1)), Column.text(h.get(2)), Column.text(h.get(3)),
                Column.text(h.get(4)), Column.text(h.get(5)), Column.text(h.get(6)), Column.text(h.get(7)), Column.date(h.get(8)),
                Column.date(h.get(9)), Column.text(h.get(10)), Column.date(h.get(11)));
        List<List<?>> rows = new ArrayList<>();
        for (Platforms.PlatformView p : platforms) {
            rows.add(Arrays.asList(p.name(), label("policy.platform.kind." + p.kind()), label("policy.platform.level." + p.level()),
                    p.field(), p.enterpriseName(), p.creditCode(), p.regionCode(), label("policy.platform." + p.status()),
                    p.recognisedOn(), p.nextEvaluationOn(), p.flag() == null ? null : text.get("policy.export.platforms.flag." + p.flag()),
                    p.updatedOn()));
        }
        return file("platforms", rows, columns);
    }

    private ResponseEntity<byte[]> file(String sheet, List<List<?>> rows, List<Column> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, text.get("policy.export." + sheet + ".title"), columns, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(text.get("policy.export." + sheet + ".file")))
                .body(out.toByteArray());
    }

    private String labels(Stream<String> keys) {
        return String.join(text.get("shared.listSeparator"), keys.map(this::label).sorted().toList());
    }

    private String label(String key) {
        return text.orElse(key, key);
    }
}
