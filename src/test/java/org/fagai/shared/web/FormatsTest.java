package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

    private final Formats fmt = new Formats(messages(), "09:00-12:00,13:00-18:00");

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStoredSentenceReadsInTheReadersLanguageAndOtherTextAsItIs() {
        String stored = org.fagai.shared.StoredText.of("supervision.reason.overdue", LocalDate.of(2024, 10, 10));
        assertThat(fmt.stored(stored)).isEqualTo("已超过期限 2024-10-10");
        assertThat(fmt.stored("用户填写的原因")).isEqualTo("用户填写的原因");
        assertThat(fmt.stored(null)).isNull();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.stored(stored)).isEqualTo("Past its deadline of 2024-10-10");
    }

    @Test
    void aListIsJoinedAsTheReaderListsThings() {
        assertThat(fmt.list(List.of("发展改革局", "财政局", "自然资源局"))).isEqualTo("发展改革局、财政局、自然资源局");
        assertThat(fmt.list(List.of())).isEmpty();
        assertThat(fmt.list(null)).isEmpty();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.list(List.of("Finance", "Land", 3))).isEqualTo("Finance, Land, 3");
    }

    @Test
    void aStoredListJoinsItsItemsWithTheSeparatorOfTheReadersLanguageEachItemReadToo() {
        String overdue = org.fagai.shared.StoredText.of("supervision.reason.overdue", LocalDate.of(2024, 10, 10));
        String stored = org.fagai.shared.StoredText.list("shared.reasonSeparator", List.of(overdue, "停工|原因\\"));
        assertThat(fmt.stored(stored)).isEqualTo("已超过期限 2024-10-10；停工|原因\\");
        assertThat(fmt.storedItems(stored)).containsExactly("已超过期限 2024-10-10", "停工|原因\\");
        assertThat(org.fagai.shared.StoredText.list("shared.reasonSeparator", List.of(overdue))).isEqualTo(overdue);
        assertThat(fmt.storedItems("")).isEmpty();
        assertThat(fmt.storedItems("旧的原因")).containsExactly("旧的原因");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.stored(stored)).isEqualTo("Past its deadline of 2024-10-10; 停工|原因\\");
    }

    @Test
    void wanHasThousandsSeparatorsAndOnlyTheDecimalsTheValueHas() {
        assertThat(fmt.wan(new BigDecimal("22996700.00"))).isEqualTo("22,996,700万元");
        assertThat(fmt.wan(new BigDecimal("1234.50"))).isEqualTo("1,234.5万元");
        assertThat(fmt.wan(new BigDecimal("1234.56"))).isEqualTo("1,234.56万元");
        assertThat(Formats.number(new BigDecimal("-0.25"))).isEqualTo("-0.25");
        assertThat(fmt.wan(null)).isEqualTo("—");
    }

    @Test
    void yiHasTwoDecimalsGrowthAndSharesOne() {
        assertThat(fmt.yi(new BigDecimal("22996700"))).isEqualTo("2,299.67亿元");
        assertThat(fmt.yi(new BigDecimal("9870000"))).isEqualTo("987.00亿元");
        assertThat(fmt.growth(new BigDecimal("22"))).isEqualTo("22.0%");
        assertThat(fmt.growth(new BigDecimal("-3.46"))).isEqualTo("-3.5%");
        assertThat(fmt.share(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo("33.3%");
        assertThat(fmt.value(new BigDecimal("2578"), "亿元")).isEqualTo("2,578.00");
    }

    @Test
    void pointsCarryTheirSignAndZeroReadsUnchanged() {
        assertThat(fmt.points(new BigDecimal("1.24"))).isEqualTo("+1.2个百分点");
        assertThat(fmt.points(new BigDecimal("-0.4"))).isEqualTo("-0.4个百分点");
        assertThat(fmt.points(new BigDecimal("0.04"))).isEqualTo("持平");
        assertThat(fmt.change("shared.fmt.lastMonth", BigDecimal.ZERO)).isEqualTo("与上月持平");
        assertThat(Formats.pointsChinese(new BigDecimal("-7"))).isEqualTo("-7.0个百分点");
    }

    @Test
    void theNationalNoEndDateReadsLongTerm() {
        assertThat(fmt.date(LocalDate.of(2099, 12, 31))).isEqualTo("长期");
        assertThat(fmt.span(LocalDate.of(2024, 1, 2), LocalDate.of(2099, 12, 31))).isEqualTo("2024-01-02 至 长期");
        assertThat(fmt.longDate(LocalDate.of(2024, 9, 27))).isEqualTo("2024年9月27日");
    }

    @Test
    void workingTimeIsShownInTheUnitOfItsLimit() {
        assertThat(fmt.remaining(960L, "DAYS")).isEqualTo("剩余 2 个工作日");
        assertThat(fmt.remaining(-1440L, "DAYS")).isEqualTo("已超期 3 个工作日");
        assertThat(fmt.remaining(390L, "HOURS")).isEqualTo("剩余 6.5 个工作小时");
        assertThat(fmt.remaining(-231_840L, "HOURS")).as("3,864 hours over is 483 working days").isEqualTo("已超期 483 个工作日");
        assertThat(fmt.finished(720L, 720L, true, "DAYS")).isEqualTo("按期办结，用时 1.5 个工作日");
        assertThat(fmt.finished(2400L, -960L, false, "DAYS")).isEqualTo("超期 2 个工作日办结（用时 5 个工作日）");
        assertThat(Formats.workingTimeChinese(90, "HOURS", 480)).isEqualTo("1.5 个工作小时");
        assertThat(fmt.stored(Formats.workingTimeStored(90, "HOURS", 480))).isEqualTo("1.5 个工作小时");
        assertThat(fmt.stored(Formats.workingTimeStored(720, "DAYS", 480))).isEqualTo("1.5 个工作日");
    }

    @Test
    void filesShowTheirRealSizeAndType() {
        assertThat(fmt.fileSize(47)).isEqualTo("47 字节");
        assertThat(fmt.fileSize(12_600)).isEqualTo("12.3 KB");
        assertThat(fmt.fileSize(4_718_592)).isEqualTo("4.5 MB");
        assertThat(fmt.fileType("application/pdf")).isEqualTo("PDF 文档");
    }

    @Test
    void theEnglishLocaleHasItsOwnWords() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.points(BigDecimal.ZERO)).isEqualTo("unchanged");
        assertThat(fmt.remaining(960L, "DAYS")).isEqualTo("2 working days left");
        assertThat(fmt.date(LocalDate.of(2099, 12, 31))).isEqualTo("long-term");
    }

    @Test
    void aPeriodReadsAsItsChineseLabelInChineseAndInEnglishWordsInEnglish() {
        List<String> labels = List.of("2026年1-6月", "2026年1月", "2026年一季度", "2026年上半年", "2026年前三季度", "2026年全年");
        assertThat(labels.stream().map(fmt::period)).containsExactlyElementsOf(labels);
        assertThat(fmt.period("2023-06")).isEqualTo("2023年1-6月");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.stream().map(fmt::period))
                .containsExactly("Jan–Jun 2026", "Jan 2026", "Q1 2026", "H1 2026", "Q1–Q3 2026", "full year 2026");
        assertThat(fmt.period("不是统计期")).isEqualTo("不是统计期");
        assertThat(fmt.period(null)).isEqualTo("—");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/shared", "i18n/supervision");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
