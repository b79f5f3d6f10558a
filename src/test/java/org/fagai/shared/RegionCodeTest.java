package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    private static final RegionCode ZHEJIANG = RegionCode.of("330000");
    private static final RegionCode HANGZHOU = RegionCode.of("330100");
    private static final RegionCode XIHU = RegionCode.of("330106");
    private static final RegionCode NINGBO = RegionCode.of("330200");
    private static final RegionCode JIANGSU = RegionCode.of("320000");

    @ParameterizedTest
    @CsvSource({"330000, PROVINCE", "330100, PREFECTURE", "330106, COUNTY", "110101, COUNTY", "429004, COUNTY"})
    void tellsTheLevelFromTheTrailingZeros(String code, RegionLevel level) {
        assertThat(RegionCode.of(code).level()).isEqualTo(level);
    }

    @Test
    void splitsIntoProvinceAndPrefectureCodes() {
        assertThat(XIHU.provinceCode()).isEqualTo("33");
        assertThat(XIHU.prefectureCode()).isEqualTo("3301");
    }

    @Test
    void aCountysParentIsItsPrefectureAndAPrefecturesParentIsItsProvince() {
        assertThat(XIHU.parent()).contains(HANGZHOU);
        assertThat(HANGZHOU.parent()).contains(ZHEJIANG);
        assertThat(ZHEJIANG.parent()).isEmpty();
        assertThat(RegionCode.of("429004").parent()).contains(RegionCode.of("429000"));
    }

    @Test
    void knowsItsProvince() {
        assertThat(XIHU.province()).isEqualTo(ZHEJIANG);
        assertThat(ZHEJIANG.province()).isEqualTo(ZHEJIANG);
    }

    @Test
    void aProvinceContainsItsPrefecturesAndCounties() {
        assertThat(ZHEJIANG.contains(HANGZHOU)).isTrue();
        assertThat(ZHEJIANG.contains(XIHU)).isTrue();
        assertThat(ZHEJIANG.contains(JIANGSU)).isFalse();
        assertThat(ZHEJIANG.contains(RegionCode.of("320102"))).isFalse();
    }

    @Test
    void aPrefectureContainsItsCountiesOnly() {
        assertThat(HANGZHOU.contains(XIHU)).isTrue();
        assertThat(NINGBO.contains(XIHU)).isFalse();
        assertThat(HANGZHOU.contains(ZHEJIANG)).isFalse();
        assertThat(HANGZHOU.contains(NINGBO)).isFalse();
    }

    @Test
    void aCountyContainsOnlyItself() {
        assertThat(XIHU.contains(XIHU)).isTrue();
        assertThat(XIHU.contains(RegionCode.of("330105"))).isFalse();
        assertThat(XIHU.contains(HANGZHOU)).isFalse();
    }

    @Test
    void everyCodeContainsItself() {
        assertThat(ZHEJIANG.contains(RegionCode.of("330000"))).isTrue();
        assertThat(HANGZHOU.contains(RegionCode.of("330100"))).isTrue();
    }

    @Test
    void trimsTheInput() {
        assertThat(RegionCode.of(" 330106 ").value()).isEqualTo("330106");
        assertThat(RegionCode.of("330106")).hasToString("330106");
    }

    @ParameterizedTest
    @ValueSource(strings = {"33010", "3301061", "33O106", "33-106", "abcdef"})
    void rejectsAnythingButSixOrNineDigits(String raw) {
        assertThatThrownBy(() -> RegionCode.of(raw))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("行政区划代码应为6位数字（乡镇街道为9位），实际为'" + raw + "'");
    }

    @Test
    void aNineDigitCodeIsATownInsideItsCountyAndItsCity() {
        RegionCode town = RegionCode.of("339902001");
        assertThat(town.level()).isEqualTo(RegionLevel.TOWN);
        assertThat(town.parent()).contains(RegionCode.of("339902"));
        assertThat(RegionCode.of("339902").contains(town)).isTrue();
        assertThat(RegionCode.of("339900").contains(town)).isTrue();
        assertThat(RegionCode.of("330000").contains(town)).isTrue();
        assertThat(RegionCode.of("339903").contains(town)).isFalse();
        assertThat(town.contains(RegionCode.of("339902"))).isFalse();
        assertThat(RegionCode.of("339902002").contains(town)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"339902000", "339900001", "330000001"})
    void aTownCodeNeedsACountyAndANonZeroSerial(String raw) {
        assertThatThrownBy(() -> RegionCode.of(raw)).isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("乡镇街道代码");
    }

    @Test
    void rejectsAnEmptyCode() {
        assertThatThrownBy(() -> RegionCode.of(" ")).hasMessage("行政区划代码不能为空");
        assertThatThrownBy(() -> RegionCode.of(null)).hasMessage("行政区划代码不能为空");
    }

    @Test
    void rejectsFullWidthDigits() {
        assertThatThrownBy(() -> RegionCode.of("３３0106")).hasMessageContaining("包含全角字符");
    }

    @Test
    void rejectsAZeroProvince() {
        assertThatThrownBy(() -> RegionCode.of("000000")).hasMessage("行政区划代码'000000'不合法：前2位省级代码不能为00");
    }

    @ParameterizedTest
    @CsvSource({"330000,true", "339900,true", "339902,true", "339902001,false"})
    void onlyATownIsBelowTheCounty(String code, boolean countyOrAbove) {
        assertThat(RegionCode.of(code).isCountyOrAbove()).isEqualTo(countyOrAbove);
    }

    @Test
    void theReasonATownIsRefusedNamesTheFieldAndTheCode() {
        assertThat(RegionCode.of("339902001").countyOrAboveRequired("项目所属地区"))
                .isEqualTo("项目所属地区须为区县及以上行政区划（6位代码），不能是乡镇街道：339902001");
    }
}
