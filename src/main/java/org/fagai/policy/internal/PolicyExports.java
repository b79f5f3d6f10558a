package org.fagai.policy.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The policies and the innovation platforms in Excel, with their lists' filters; labels in Chinese, as officials file them. */
@Component
class PolicyExports {

    /** More than any commission's list; the lists on the pages are paged. */
    static final int MAX_ROWS = 5000;

    private static final List<Column> POLICY_COLUMNS = List.of(Column.text("政策名称"), Column.text("发布单位"), Column.text("文号"),
            Column.text("地区代码"), Column.integer("年度"), Column.text("企业标识条件"), Column.text("企业规模条件"),
            Column.text("行业条件"), Column.text("免申即享"), Column.amount("最高兑现额度（万元）"), Column.date("有效期自"),
            Column.date("有效期至"));
    private static final List<Column> PLATFORM_COLUMNS = List.of(Column.text("平台名称"), Column.text("平台类型"), Column.text("级别"),
            Column.text("技术领域"), Column.text("依托企业"), Column.text("统一社会信用代码"), Column.text("地区代码"), Column.text("状态"),
            Column.date("认定日期"), Column.date("下次评估日期"), Column.text("评估提醒"), Column.date("更新日期"));

    private final MessageSource messages;

    PolicyExports(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> policies(List<PolicyView> policies) {
        List<List<?>> rows = new ArrayList<>();
        for (PolicyView p : policies) {
            PolicyConditions c = p.conditions();
            rows.add(Arrays.asList(p.name(), p.issuer(), p.documentNumber(), p.regionCode(), p.year(),
                    labels(c.flags().stream().map(f -> f.labelKey())), labels(c.sizes().stream().map(s -> s.labelKey())),
                    c.industriesText(), p.noApplication() ? "是" : "否", p.maxAmount(), p.validFrom(), p.validTo()));
        }
        return file("政策兑现清单", rows, POLICY_COLUMNS);
    }

    ResponseEntity<byte[]> platforms(List<Platforms.PlatformView> platforms) {
        List<List<?>> rows = new ArrayList<>();
        for (Platforms.PlatformView p : platforms) {
            rows.add(Arrays.asList(p.name(), label("policy.platform.kind." + p.kind()), label("policy.platform.level." + p.level()),
                    p.field(), p.enterpriseName(), p.creditCode(), p.regionCode(), label("policy.platform." + p.status()),
                    p.recognisedOn(), p.nextEvaluationOn(), p.flag() == null ? null : switch (p.flag()) {
                        case "RED" -> "已逾期";
                        case "YELLOW" -> "即将到期";
                        default -> "正常";
                    }, p.updatedOn()));
        }
        return file("创新平台储备库", rows, PLATFORM_COLUMNS);
    }

    private ResponseEntity<byte[]> file(String title, List<List<?>> rows, List<Column> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, title, columns, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders(title + ".xlsx")).body(out.toByteArray());
    }

    private String labels(Stream<String> keys) {
        return String.join("、", keys.map(this::label).sorted().toList());
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
