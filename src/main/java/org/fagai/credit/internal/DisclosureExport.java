package org.fagai.credit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * The national 双公示 data standard as exchanged with 信用中国 and the provincial platforms: the items of each type in
 * the standard's order. Each item is stored in the column of its own name (lower case), so a row is read item by item.
 * Dates are written yyyy/MM/dd as the platform expects. The export carries identity numbers in full (it goes to the
 * credit platform, audited); every page masks them.
 */
final class DisclosureExport {

    static final List<String> LICENCE_HEADERS = List.of("XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XDR_GSZC",
            "XK_XDR_ZZJG", "XK_XDR_SWDJ", "XK_XDR_SYDW", "XK_XDR_SHZZ", "XK_FRDB", "XK_FR_ZJLX", "XK_FR_ZJHM",
            "XK_XDR_ZJLX", "XK_XDR_ZJHM", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS", "XK_XKBH", "XK_NR", "XK_JDRQ",
            "XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "BZ");
    static final List<String> PENALTY_HEADERS = List.of("CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_XDR_GSZC",
            "CF_XDR_ZZJG", "CF_XDR_SWDJ", "CF_XDR_SYDW", "CF_XDR_SHZZ", "CF_FRDB", "CF_FR_ZJLX", "CF_FR_ZJHM",
            "CF_XDR_ZJLX", "CF_XDR_ZJHM", "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK",
            "CF_NR_WFFF", "CF_NR_ZKDX", "CF_JDRQ", "CF_YXQ", "CF_GSJZQ", "CF_CFJG", "CF_CFJGDM", "CF_SJLY", "CF_SJLYDM",
            "BZ");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static final RowMapper<List<?>> LICENCE_ROW = (rs, i) -> row(rs, LICENCE_HEADERS);
    static final RowMapper<List<?>> PENALTY_ROW = (rs, i) -> row(rs, PENALTY_HEADERS);

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

    private static List<?> row(ResultSet rs, List<String> headers) throws SQLException {
        List<Object> cells = new ArrayList<>(headers.size());
        for (String header : headers) {
            Object value = rs.getObject(header.toLowerCase());
            cells.add(value instanceof java.sql.Date || value instanceof LocalDate
                    ? DATE.format(rs.getObject(header.toLowerCase(), LocalDate.class)) : value);
        }
        return cells;
    }
}
