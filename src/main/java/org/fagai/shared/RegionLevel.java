package org.fagai.shared;

/** Level of a 行政区划代码 (GB/T 2260). */
public enum RegionLevel {
    /** 省级: PP0000. */
    PROVINCE,
    /** 地级: PPCC00. */
    PREFECTURE,
    /** 县级: PPCCDD. */
    COUNTY,
    /** 乡级 (乡镇街道): PPCCDDTTT, the 9-digit statistics division code. */
    TOWN
}
