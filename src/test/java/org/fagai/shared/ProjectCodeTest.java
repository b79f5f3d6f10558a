package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fagai.shared.ProjectCode.Generation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectCodeTest {

    @Test
    void acceptsAnOldGenerationCodeWithAYearAndTakesItsRegion() {
        ProjectCode code = ProjectCode.of("2018-330106-47-03-012345");

        assertThat(code.generation()).isEqualTo(Generation.OLD);
        assertThat(code.regionCode()).isEqualTo(RegionCode.of("330106"));
        assertThat(code.isProvisional()).isFalse();
        assertThat(code).hasToString("2018-330106-47-03-012345");
    }

    @Test
    void acceptsANewGenerationCodeWithYearAndMonth() {
        ProjectCode code = ProjectCode.of("2306-330100-04-01-123456");

        assertThat(code.generation()).isEqualTo(Generation.NEW);
        assertThat(code.regionCode()).isEqualTo(RegionCode.of("330100"));
    }

    @Test
    void acceptsACheckLetterAtTheEndOfANewGenerationCode() {
        assertThat(ProjectCode.of("2203-330100-04-05-65432x").value()).isEqualTo("2203-330100-04-05-65432X");
        assertThat(ProjectCode.of("2203-330100-04-05-65432X").generation()).isEqualTo(Generation.NEW);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2000-330100-47-01-000001, OLD",
            "2009-330100-47-01-000001, OLD",
            "2010-330100-47-01-000001, OLD",
            "2013-330100-47-01-000001, OLD",
            "2019-330100-47-01-000001, OLD",
            "2020-330100-47-02-000001, OLD",
            "2011-330100-04-01-000001, NEW",
            "2012-330100-04-01-000001, NEW",
            "2101-330100-04-01-000001, NEW",
            "2112-330100-04-01-000001, NEW",
            "2011-330100-04-01-00000A, NEW"
    })
    void readsTheFirstFourDigitsAsAnOldFormatYearFrom2000To2020ExceptYymm2011And2012WhichAreTheNewFormatsNovemberAndDecember2020(
            String raw, Generation generation) {
        assertThat(ProjectCode.of(raw).generation()).isEqualTo(generation);
    }

    @Test
    void refusesACheckLetterOnAnOldFormatCodeWhoseFirstFourDigitsCannotBeAMonthOfTheNewFormat() {
        assertThatThrownBy(() -> ProjectCode.of("2019-330100-47-01-00000A"))
                .hasMessageContaining("旧版项目代码（2019年）应全为数字");
    }

    @Test
    void trimsTheInput() {
        assertThat(ProjectCode.of("  2018-330106-47-03-012345 ").value()).isEqualTo("2018-330106-47-03-012345");
    }

    @Test
    void rejectsAWrongLength() {
        assertThatThrownBy(() -> ProjectCode.of("2018-330106-47-03-01234"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("项目代码应为24位（NNNN-NNNNNN-NN-NN-NNNNNN），实际为23位");
    }

    @Test
    void rejectsAMissingHyphenNamingThePosition() {
        assertThatThrownBy(() -> ProjectCode.of("2018-330106-47-03 012345"))
                .hasMessage("项目代码第18位应为连字符'-'，实际为' '");
        assertThatThrownBy(() -> ProjectCode.of("20183-30106-47-03-012345"))
                .hasMessage("项目代码第5位应为连字符'-'，实际为'3'");
    }

    @Test
    void rejectsALetterWhereADigitBelongs() {
        assertThatThrownBy(() -> ProjectCode.of("2018-330106-4A-03-012345"))
                .hasMessage("项目代码第14位应为数字，实际为'A'");
        assertThatThrownBy(() -> ProjectCode.of("2018-330106-47-03-01234#"))
                .hasMessage("项目代码第24位应为数字或大写字母，实际为'#'");
    }

    @Test
    void rejectsFullWidthHyphens() {
        assertThatThrownBy(() -> ProjectCode.of("2018－330106-47-03-012345"))
                .hasMessage("包含全角字符'－'（第5位），请使用半角字符输入");
    }

    @Test
    void rejectsAnImplausibleRegionSegment() {
        assertThatThrownBy(() -> ProjectCode.of("2018-000000-47-03-012345"))
                .hasMessage("项目代码第6-11位的行政区划代码不合法：行政区划代码'000000'不合法：前2位省级代码不能为00");
    }

    @Test
    void rejectsANewGenerationCodeWhoseMonthIsNotAMonth() {
        assertThatThrownBy(() -> ProjectCode.of("2313-330100-04-01-123456"))
                .hasMessage("新版项目代码前4位应为年月（YYMM），第3-4位月份应为01-12，实际为'13'");
    }

    @Test
    void rejectsAnEmptyCode() {
        assertThatThrownBy(() -> ProjectCode.of("")).hasMessage("项目代码不能为空");
    }

    @Test
    void makesAProvisionalCodeClearlyMarkedAsSuch() {
        ProjectCode code = ProjectCode.provisional(RegionCode.of("330100"), 2023, 123);

        assertThat(code.value()).isEqualTo("LS2023-330100-000123");
        assertThat(code.isProvisional()).isTrue();
        assertThat(code.generation()).isEqualTo(Generation.PROVISIONAL);
        assertThat(code.regionCode()).isEqualTo(RegionCode.of("330100"));
    }

    @Test
    void readsAProvisionalCodeBack() {
        ProjectCode code = ProjectCode.of("ls2023-330106-000007");

        assertThat(code.value()).isEqualTo("LS2023-330106-000007");
        assertThat(code.isProvisional()).isTrue();
        assertThat(code.regionCode()).isEqualTo(RegionCode.of("330106"));
        assertThat(code).isEqualTo(ProjectCode.provisional(RegionCode.of("330106"), 2023, 7));
    }

    @Test
    void rejectsAMalformedProvisionalCode() {
        assertThatThrownBy(() -> ProjectCode.of("LS2023-330100-123"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageStartingWith("临时项目代码格式应为'LS年份-行政区划代码-6位序号'");
        assertThatThrownBy(() -> ProjectCode.of("LS2023-000000-000123"))
                .hasMessageStartingWith("临时项目代码的行政区划代码不合法");
    }

    @Test
    void refusesAProvisionalSerialOutOfRange() {
        RegionCode hangzhou = RegionCode.of("330100");

        assertThatThrownBy(() -> ProjectCode.provisional(hangzhou, 2023, 0))
                .hasMessage("临时项目代码的序号应在1-999999之间，实际为0");
        assertThatThrownBy(() -> ProjectCode.provisional(hangzhou, 2023, 1_000_000))
                .hasMessage("临时项目代码的序号应在1-999999之间，实际为1000000");
        assertThatThrownBy(() -> ProjectCode.provisional(hangzhou, 23, 1))
                .hasMessage("临时项目代码的年份应为4位数字，实际为23");
    }
}
