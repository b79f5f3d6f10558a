package org.fagai.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator's edit of a catalogue entry. */
public record IndicatorForm(
        @NotBlank(message = "指标代码不能为空")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "指标代码应为大写字母开头的字母、数字或下划线，最长40位")
        String code,
        @NotBlank(message = "指标名称不能为空") @Size(max = 100, message = "指标名称最长100字") String name,
        @Size(max = 100, message = "英文名称最长100字") String englishName,
        @NotNull(message = "请选择计量单位") Unit unit,
        @NotNull(message = "请选择发布频率") Frequency frequency,
        boolean januaryAlone,
        @NotNull(message = "请选择增速来源") GrowthSource growthSource,
        boolean levelComparable,
        boolean growthOnly,
        boolean additive,
        @Size(max = 20, message = "简报用语最长20字") String briefVerb,
        boolean inBrief,
        int sortOrder,
        boolean enabled) {

    public static IndicatorForm empty() {
        return new IndicatorForm("", "", "", Unit.YI, Frequency.MONTHLY, false, GrowthSource.COMPUTED, true, false, true, "完成",
                false, 200, true);
    }

    public static IndicatorForm of(IndicatorView v) {
        return new IndicatorForm(v.code(), v.name(), v.englishName(), v.unit(), v.frequency(), v.januaryAlone(), v.growthSource(),
                v.levelComparable(), v.growthOnly(), v.additive(), v.briefVerb(), v.inBrief(), v.sortOrder(), v.enabled());
    }
}
