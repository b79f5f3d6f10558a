package org.fagai.report;

/** 经济运行简报: the monthly economic brief of a region as a Word document. */
public interface EconomicBriefs {

    /** The .docx of a region at a month (each indicator at its own period); checks the user's data scope. */
    byte[] economicBrief(String regionCode, int year, int month);

    /** "经济运行简报（示范市 2023年全年）.docx". */
    String fileName(String regionCode, int year, int month);
}
