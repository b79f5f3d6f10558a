package org.fagai.credit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * The national 双公示 data items as columns, in the order of the credit platform's templates. Dates are written
 * yyyy/MM/dd as the platform expects.
 */
final class DisclosureExport {

    static final List<String> LICENCE_HEADERS = List.of("XK_XDR_MC", "XK_XDR_SHXYM", "XK_XKWS", "XK_WSH", "XK_XKLB",
            "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM");
    static final List<String> PENALTY_HEADERS = List.of("CF_XDR_MC", "CF_XDR_SHXYM", "CF_XDR_ZJHM", "CF_WSH", "CF_WFXW",
            "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK", "CF_JDRQ", "CF_YXQ", "CF_GSJZQ", "CF_CFJG", "CF_CFJGDM",
            "CF_SJLY", "CF_SJLYDM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static final RowMapper<List<?>> LICENCE_ROW = (rs, i) -> licenceRow(rs);
    static final RowMapper<List<?>> PENALTY_ROW = (rs, i) -> penaltyRow(rs);

    record Table(String name, List<String> headers, List<List<?>> rows) {
    }

    private DisclosureExport() {
    }

    static Table licences(List<List<?>> rows) {
        return new Table("行政许可", LICENCE_HEADERS, rows);
    }

    static Table penalties(List<List<?>> rows) {
        return new Table("行政处罚", PENALTY_HEADERS, rows);
    }

    static List<?> licenceRow(ResultSet rs) throws SQLException {
        return Arrays.asList(rs.getString("xk_xdr_mc"), rs.getString("xk_xdr_shxym"), rs.getString("xk_xkws"),
                rs.getString("xk_wsh"), rs.getString("xk_xklb"), rs.getString("xk_nr"), date(rs, "xk_jdrq"),
                date(rs, "xk_yxqz"), date(rs, "xk_yxqzi"), rs.getString("xk_xkjg"), rs.getString("xk_xkjgdm"),
                rs.getString("xk_zt"), rs.getString("xk_lydw"), rs.getString("xk_lydwdm"));
    }

    static List<?> penaltyRow(ResultSet rs) throws SQLException {
        return Arrays.asList(rs.getString("cf_xdr_mc"), rs.getString("cf_xdr_shxym"), rs.getString("cf_xdr_zjhm"),
                rs.getString("cf_wsh"), rs.getString("cf_wfxw"), rs.getString("cf_sy"), rs.getString("cf_yj"),
                rs.getString("cf_cflb"), rs.getString("cf_nr"), rs.getBigDecimal("cf_nr_fk"), date(rs, "cf_jdrq"),
                date(rs, "cf_yxq"), date(rs, "cf_gsjzq"), rs.getString("cf_cfjg"), rs.getString("cf_cfjgdm"),
                rs.getString("cf_sjly"), rs.getString("cf_sjlydm"));
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : DATE.format(d);
    }
}
