package org.fagai.energy.internal;

import org.fagai.shared.web.MessageText;
import java.util.List;
import java.util.Optional;
import org.fagai.energy.EnergyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One stored report with its lines. */
@Component
class ReportReads {

    private final JdbcClient jdbc;

    private final MessageText text;

    ReportReads(JdbcClient jdbc, MessageText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    Optional<ReportView> find(long id) {
        List<ReportView.Item> items = jdbc.sql("""
                        SELECT type, amount, raw_material, non_fossil, tce, co2 FROM energy_report_item WHERE report_id = ?""")
                .param(id)
                .query((rs, n) -> {
                    EnergyType type = EnergyType.valueOf(rs.getString(1));
                    return new ReportView.Item(type, text.get("energy.type." + type.name()), text.get("energy.unit." + type.name()), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6));
                }).list().stream().sorted((a, b) -> a.type().compareTo(b.type())).toList();
        return jdbc.sql("""
                        SELECT id, credit_code, enterprise_name, region_code, year, month, output_value, tce, tce_raw, tce_non_fossil,
                               tce_controlled, tce_equivalent, co2, factor_year, spike, previous_missing
                        FROM energy_report WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new ReportView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.format("%04d-%02d", rs.getInt(5), rs.getInt(6)), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(8).subtract(rs.getBigDecimal(9)), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), (Integer) rs.getObject(14),
                        rs.getBoolean(15), rs.getBoolean(16), items))
                .optional();
    }

    Optional<Long> idOf(String creditCode, int year, int month) {
        return jdbc.sql("SELECT id FROM energy_report WHERE credit_code = ? AND year = ? AND month = ?")
                .params(creditCode, year, month).query(Long.class).optional();
    }
}
