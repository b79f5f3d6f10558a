package org.fagai.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fagai.enterprise.EnterpriseView;

/** The registry's Excel export: the import template's columns (so an export can be corrected and imported back). */
final class EnterpriseExport {

    static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "法定代表人", "所属地区代码", "所属地区", "行业代码",
            "行业", "地址", "联系人", "联系电话", "企业规模", "主营业务收入（万元）", "收入年度", "标识（年度）");

    private EnterpriseExport() {
    }

    static List<List<?>> rows(Enterprises enterprises, EnterpriseQuery query) {
        List<List<?>> rows = new ArrayList<>();
        enterprises.each(query, e -> rows.add(row(e)));
        return rows;
    }

    private static List<?> row(EnterpriseView e) {
        List<Object> row = new ArrayList<>();
        row.add(e.creditCode());
        row.add(e.name());
        row.add(e.legalRepresentative());
        row.add(e.regionCode());
        row.add(e.regionName());
        row.add(e.industryCode());
        row.add(e.industryName());
        row.add(e.address());
        row.add(e.contactPerson());
        row.add(e.contactPhone());
        row.add(e.size() == null ? null : EnterpriseRules.SIZE_NAMES.entrySet().stream()
                .filter(s -> s.getValue() == e.size()).map(java.util.Map.Entry::getKey).findFirst().orElse(null));
        row.add(e.revenue());
        row.add(e.revenueYear());
        row.add(e.flags().stream().map(f -> FlagNames.chinese(f.flag()) + "（" + f.year() + "）").collect(Collectors.joining("、")));
        return row;
    }
}
