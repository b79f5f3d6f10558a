package org.fagai.report.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Tables of a generated document as an official document sets them: the header row repeated on every page, rows kept
 * whole across a page break, and the template's table-text style (仿宋 小四) on every cell where the template has one.
 */
final class OfficialTables {

    static final String TABLE_TEXT = "FagaiTableText";

    private OfficialTables() {
    }

    static void finish(XWPFDocument doc) {
        boolean styled = doc.getStyles() != null && doc.getStyles().styleExist(TABLE_TEXT);
        for (XWPFTable table : doc.getTables()) {
            for (int r = 0; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                row.setCantSplitRow(true);
                if (r == 0) {
                    row.setRepeatHeader(true);
                }
                if (styled) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            p.setStyle(TABLE_TEXT);
                        }
                    }
                }
            }
        }
    }
}
