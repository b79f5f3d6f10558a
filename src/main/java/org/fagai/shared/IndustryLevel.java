package org.fagai.shared;

/** Level of a 国民经济行业分类 code (GB/T 4754-2017). */
public enum IndustryLevel {
    /** 门类: one letter A–T. */
    SECTION,
    /** 大类: two digits. */
    DIVISION,
    /** 中类: three digits. */
    GROUP,
    /** 小类: four digits. */
    CLASS
}
