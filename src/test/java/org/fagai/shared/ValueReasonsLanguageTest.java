package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fagai.shared.web.ErrorBundles;
import org.fagai.shared.web.ImportError;
import org.fagai.shared.web.ImportRejected;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The shared value objects' reasons read in the reader's language: exactly the Chinese as before outside a request or under Chinese. */
class ValueReasonsLanguageTest {

    @AfterEach
    void forget() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static String chinese(ThrowingCallable call) {
        LocaleContextHolder.resetLocaleContext();
        return catchThrowable(call).getMessage();
    }

    private static String english(ThrowingCallable call) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            return catchThrowable(call).getMessage();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static String english(Supplier<String> reason) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            return reason.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aCreditCodesReasonsReadInEnglishUnderEnglish() {
        assertThat(CreditCode.check("91350100M000100Y44").reason()).isEqualTo("第18位校验码应为3");
        assertThat(english(() -> CreditCode.check("91350100M000100Y44").reason())).isEqualTo("Character 18 (the check character) should be 3");
        assertThat(CreditCode.check("9135010").reason()).isEqualTo("长度应为18位，实际为7位");
        assertThat(english(() -> CreditCode.check("9135010").reason())).isEqualTo("It must have 18 characters; it has 7");
        assertThat(CreditCode.check("9135010O000000000X").reason()).isEqualTo("第8位字符'O'不合法（统一社会信用代码不使用字母I、O、S、V、Z）");
        assertThat(english(() -> CreditCode.check("9135010O000000000X").reason()))
                .isEqualTo("Character 8 ('O') is not allowed (unified social credit codes do not use the letters I, O, S, V, Z)");
        assertThat(CreditCode.check("").reason()).isEqualTo("统一社会信用代码不能为空");
        assertThat(english(() -> CreditCode.check("９１").reason())).isEqualTo(
                "The code contains the full-width character '９' (position 1); type it with half-width characters");
        assertThat(CreditCode.check("９１").reason()).isEqualTo("包含全角字符'９'（第1位），请使用半角字符输入");
    }

    @Test
    void aRegionCodesReasonsReadInEnglishUnderEnglish() {
        assertThat(chinese(() -> RegionCode.of("12345"))).isEqualTo("行政区划代码应为6位数字（乡镇街道为9位），实际为'12345'");
        assertThat(english(() -> RegionCode.of("12345"))).isEqualTo("An administrative division code has 6 digits (9 for a town); it is '12345'");
        assertThat(chinese(() -> RegionCode.of("001100"))).isEqualTo("行政区划代码'001100'不合法：前2位省级代码不能为00");
        assertThat(chinese(() -> RegionCode.of("339902000"))).isEqualTo("乡镇街道代码'339902000'不合法：前6位须为县级代码，后3位不能为000");
        assertThat(english(() -> RegionCode.of("339902000"))).startsWith("The town code '339902000' is invalid");
        assertThat(english(() -> RegionCode.of("339902001").countyOrAboveRequired("The region")))
                .isEqualTo("The region must be a county or above (a 6-digit code), not a town: 339902001");
    }

    @Test
    void aProjectCodesReasonsReadInEnglishUnderEnglishAndNameTheRegionsOwnReason() {
        assertThat(chinese(() -> ProjectCode.of("2019-339903-04-01"))).isEqualTo("项目代码应为24位（NNNN-NNNNNN-NN-NN-NNNNNN），实际为17位");
        assertThat(english(() -> ProjectCode.of("2019-339903-04-01")))
                .isEqualTo("A project code has 24 characters (NNNN-NNNNNN-NN-NN-NNNNNN); it has 17");
        assertThat(chinese(() -> ProjectCode.of("2019-009903-04-01-000001"))).isEqualTo(
                "项目代码第6-11位的行政区划代码不合法：行政区划代码'009903'不合法：前2位省级代码不能为00");
        assertThat(english(() -> ProjectCode.of("2019-009903-04-01-000001"))).isEqualTo(
                "The administrative division code in characters 6-11 of the project code is invalid: "
                        + "The administrative division code '009903' is invalid: the province part (digits 1-2) cannot be 00");
        assertThat(chinese(() -> ProjectCode.of("LS2023-330100"))).isEqualTo(
                "临时项目代码格式应为'LS年份-行政区划代码-6位序号'，如LS2023-330100-000123，实际为'LS2023-330100'");
        assertThat(chinese(() -> ProjectCode.of("2019-339903-04-01-00000A"))).isEqualTo("旧版项目代码（2019年）应全为数字，第24位实际为'A'");
        assertThat(english(() -> ProjectCode.of("2019_339903-04-01-000001"))).isEqualTo("Character 5 of the project code must be a hyphen '-'; it is '_'");
    }

    @Test
    void periodsMoneyWorkingHoursAndIndustriesReadInEnglishUnderEnglish() {
        assertThat(chinese(() -> Period.parse("2023年3-6月"))).isEqualTo("统计期'2023年3-6月'不是累计期：累计期应从1月开始，如2023年1-6月");
        assertThat(chinese(() -> Period.parse("2023年6月"))).isEqualTo("统计期'2023年6月'是单月，累计期请写作2023年1-6月");
        assertThat(english(() -> Period.parse("2023年6月"))).isEqualTo("The statistical period '2023年6月' is a single month; write the cumulative period as 2023年1-6月");
        assertThat(chinese(() -> Period.monthly(1999, 3))).isEqualTo("年份应在2000-2100之间，实际为1999");
        assertThat(english(() -> Period.monthly(1999, 3))).isEqualTo("The year must be within 2000-2100; it is 1999");
        assertThat(english(() -> Period.parse("下个月"))).startsWith("The statistical period '下个月' is not recognised; accepted forms: 2023-06");
        assertThat(chinese(() -> Money.ofWan("12万"))).isEqualTo("金额格式不正确：'12万'，请输入以万元为单位的数字");
        assertThat(english(() -> Money.ofWan("12万"))).isEqualTo("The amount '12万' is not a number: enter it in 10k CNY");
        assertThat(chinese(() -> Money.ofWan("-1").requireNonNegative())).isEqualTo("金额不能为负数");
        assertThat(english(() -> Money.ofWan("-1").requireNonNegative())).isEqualTo("The amount must not be negative");
        assertThat(chinese(() -> Money.ofWan("1.234"))).isEqualTo("金额（万元）最多保留两位小数，实际为1.234");
        assertThat(chinese(() -> WorkingHours.parse("09:00-12:00,11:00-18:00")))
                .isEqualTo("工作时段必须按时间先后排列且不能重叠：09:00-12:00 与 11:00-18:00");
        assertThat(english(() -> WorkingHours.parse("09:00-12:00,11:00-18:00")))
                .isEqualTo("Working periods must be in order and must not overlap: 09:00-12:00 and 11:00-18:00");
        assertThat(chinese(() -> WorkingHours.parse("9点到12点"))).isEqualTo("工作时段格式错误：“9点到12点”，应为 09:00-12:00 的形式");
        assertThat(chinese(() -> IndustryCode.of("Z"))).isEqualTo("行业门类应为A-T之间的字母，实际为'Z'");
        assertThat(english(() -> IndustryCode.of("Z"))).isEqualTo("An industry section is a letter A-T; it is 'Z'");
    }

    @Test
    void everySharedErrorSentenceIsInBothLanguages() throws Exception {
        ErrorBundles.assertComplete("shared");
    }

    @Test
    void anImportsSummaryLineReadsInTheReadersLanguage() {
        List<ImportError> errors = List.of(new ImportError(2, "A", "x", "坏"), new ImportError(3, "A", "y", "坏"));
        assertThat(new ImportRejected(errors).getMessage()).isEqualTo("导入失败：共 2 处错误，未导入任何数据");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(new ImportRejected(errors).getMessage()).isEqualTo("Import failed: 2 errors, nothing was imported");
    }
}
