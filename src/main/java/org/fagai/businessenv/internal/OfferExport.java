package org.fagai.businessenv.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.ExcelExport.Column;
import org.springframework.http.ResponseEntity;

/** The offers list in Excel, with the list's filters; sectors, modes and states in Chinese. */
final class OfferExport {

    static final int MAX_ROWS = 5000;

    private static final List<Column> COLUMNS = List.of(Column.text("项目名称"), Column.text("重点项目代码"), Column.text("地区"),
            Column.text("行业领域"), Column.amount("总投资（万元）").summed(), Column.text("合作方式"), Column.text("联系人"),
            Column.text("联系电话"), Column.text("状态"), Column.date("发布日期"), Column.integer("投资意向（个）").summed());

    private OfferExport() {
    }

    static ResponseEntity<byte[]> of(InvestmentOffers.Page page) {
        List<List<?>> rows = new java.util.ArrayList<>();
        for (OfferView o : page.offers()) {
            rows.add(java.util.Arrays.asList(o.title(), o.projectCode(), o.regionName(), SECTORS.get(o.sector().ordinal()),
                    o.totalInvestment(), MODES.get(o.mode().ordinal()), o.contactName(), o.contactPhone(),
                    STATES.getOrDefault(o.status(), o.status()), o.publishedOn(), o.interests()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, "民间投资推介项目", COLUMNS, rows);
        return ResponseEntity.ok().headers(ExcelExport.downloadHeaders("民间投资推介项目.xlsx")).body(out.toByteArray());
    }

    private static final List<String> SECTORS = List.of("交通运输", "能源", "水利", "市政基础设施", "社会事业", "产业发展", "农业农村", "其他");
    private static final List<String> MODES = List.of("政府和社会资本合作（新机制）", "特许经营", "股权合作", "合资合作", "其他");
    private static final java.util.Map<String, String> STATES = java.util.Map.of("DRAFT", "草稿", "PUBLISHED", "推介中", "CLOSED", "已结束");
}
