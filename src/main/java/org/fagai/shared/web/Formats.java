package org.fagai.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.Period;
import org.fagai.shared.PeriodKind;
import org.fagai.shared.StoredText;
import org.fagai.shared.WorkingHours;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way figures, dates and durations are shown — on pages ({@code ${@fmt.wan(x)}}), in Excel and in .docx:
 * 万元 with thousands separators and only the decimals the value has, 亿元 with two decimals, growth with one decimal
 * and %, differences in 百分点 with their sign and zero as 持平, shares with one decimal, 2099-12-31 as 长期, and working
 * time in the unit of its limit. The number parts are locale-free; the words come from the message bundles.
 */
@Component("fmt")
public class Formats {

    /** The date the national standard writes for "no end" (长期). */
    public static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);
    public static final String DASH = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final int minutesPerDay;

    Formats(MessageSource messages, @Value("${fagai.working-hours:09:00-12:00,13:00-18:00}") String workingHours) {
        this.messages = messages;
        this.minutesPerDay = WorkingHours.parse(workingHours).minutesPerDay();
    }

    // ---- numbers (locale-free, usable anywhere) ----
    /** Thousands separators, the decimals the value has (at most two): 22,996,700 · 1,234.5 · 0.25. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return DASH;
        }
        BigDecimal scaled = value.setScale(Math.min(Math.max(value.stripTrailingZeros().scale(), 0), 2), RoundingMode.HALF_UP);
        return pattern("#,##0" + (scaled.scale() == 0 ? "" : "." + "0".repeat(scaled.scale()))).format(scaled);
    }

    public static String number(Number value) {
        return value == null ? DASH : number(new BigDecimal(value.toString()));
    }

    /** Fixed decimals with thousands separators: {@code fixed(2299.674, 2)} = 2,299.67. */
    public static String fixed(BigDecimal value, int decimals) {
        if (value == null) {
            return DASH;
        }
        return pattern("#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals)))
                .format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** 万元 → 亿元 with two decimals: 22,996,700 → 2,299.67. */
    public static String yiNumber(BigDecimal wan) {
        return wan == null ? DASH : fixed(wan.movePointLeft(4), 2);
    }

    /** A percentage with one decimal and the sign only when negative: 22.0%. */
    public static String percentText(BigDecimal percent) {
        return percent == null ? DASH : fixed(percent, 1) + "%";
    }

    /** {@link #LONG_TERM} as 长期 is left to {@link #date(LocalDate)}; this is the plain ISO date. */
    public static String isoDate(LocalDate date) {
        return date == null ? DASH : DATE.format(date);
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    // ---- with units and words (the current user's language) ----
    /** A plain figure for a table cell whose unit is in its header: 22,996,700 · 1,234.5. */
    public String num(BigDecimal value) {
        return number(value);
    }

    public String num(Number value) {
        return number(value);
    }

    /** 1,234.56万元 */
    public String wan(BigDecimal wan) {
        return wan == null ? DASH : text("shared.fmt.wan", number(wan));
    }

    /** 2,299.67亿元, from an amount in 万元. */
    public String yi(BigDecimal wan) {
        return wan == null ? DASH : text("shared.fmt.yi", yiNumber(wan));
    }

    /** A value already in 亿元 (an indicator's unit): two decimals. */
    public String yiValue(BigDecimal yi) {
        return yi == null ? DASH : text("shared.fmt.yi", fixed(yi, 2));
    }

    /** A value in its indicator's unit: 亿元 with two decimals, % with one, anything else as {@link #number}. */
    public String value(BigDecimal value, String unit) {
        if (value == null) {
            return DASH;
        }
        if ("亿元".equals(unit)) {
            return fixed(value, 2);
        }
        if ("%".equals(unit)) {
            return fixed(value, 1);
        }
        return number(value);
    }

    /** Year-on-year growth: 22.0%, -3.5%. */
    public String growth(BigDecimal percent) {
        return percentText(percent);
    }

    /** A share of a whole, in percent: 45.3%. */
    public String share(BigDecimal percent) {
        return percentText(percent);
    }

    /** A share from a part and a whole: 1 of 3 = 33.3%; no whole = —. */
    public String share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return DASH;
        }
        return percentText(part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_UP));
    }

    /** A difference of two rates: +1.2个百分点, -0.4个百分点, 0 → 持平. */
    public String points(BigDecimal points) {
        if (points == null) {
            return DASH;
        }
        BigDecimal rounded = points.setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return text("shared.fmt.flat");
        }
        return text("shared.fmt.points", (rounded.signum() > 0 ? "+" : "") + fixed(rounded, 1));
    }

    /** {@link #points} in Chinese whatever the user's language, for documents: +1.2个百分点, -7.0个百分点, 持平. */
    public static String pointsChinese(BigDecimal points) {
        if (points == null) {
            return DASH;
        }
        BigDecimal rounded = points.setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "持平" : (rounded.signum() > 0 ? "+" : "") + fixed(rounded, 1) + "个百分点";
    }

    /** {@link #points} as a {@link StoredText} sentence, for notes composed now and read later in the reader's language. */
    public static String pointsStored(BigDecimal points) {
        if (points == null) {
            return DASH;
        }
        BigDecimal rounded = points.setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? StoredText.of("shared.fmt.flat")
                : StoredText.of("shared.fmt.points", (rounded.signum() > 0 ? "+" : "") + fixed(rounded, 1));
    }

    /** A change against an earlier figure, e.g. "比上月" + points; zero reads 持平 in the sentence: 与上月持平. */
    public String change(String againstKey, BigDecimal points) {
        String against = text(againstKey);
        if (points != null && points.setScale(1, RoundingMode.HALF_UP).signum() == 0) {
            return text("shared.fmt.change.flat", against);
        }
        return text("shared.fmt.change", against, points(points));
    }

    public String date(LocalDate date) {
        if (date == null) {
            return DASH;
        }
        return LONG_TERM.equals(date) ? text("shared.fmt.longTerm") : DATE.format(date);
    }

    /** A date as an official document writes it: 2024年9月27日 (September 27, 2024 in English). */
    public String longDate(LocalDate date) {
        if (date == null) {
            return DASH;
        }
        return text("shared.fmt.longDate", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()), date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }

    public String longDate(LocalDateTime time) {
        return time == null ? DASH : longDate(time.toLocalDate()) + " " + time.toLocalTime().toString();
    }

    /**
     * A statistical period stored or passed as its Chinese label, in the user's language: 2026年1-6月 (Jan–Jun 2026),
     * 2026年上半年 (H1 2026); a text that is no period is shown as it is.
     */
    public String period(String label) {
        return period(label, LocaleContextHolder.getLocale());
    }

    private String period(String label, Locale locale) {
        if (label == null || label.isBlank()) {
            return DASH;
        }
        Period p;
        try {
            p = Period.parse(label);
        } catch (IllegalArgumentException e) {
            return label;
        }
        String year = String.valueOf(p.year());
        if (p.kind() == PeriodKind.QUARTERLY_CUMULATIVE) {
            return text(locale, "shared.fmt.period.q" + p.toMonth() / 3, year);
        }
        return text(locale, p.toMonth() == 1 ? "shared.fmt.period.january" : "shared.fmt.period.months", year, String.valueOf(p.toMonth()),
                java.time.Month.of(p.toMonth()).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH));
    }

    /**
     * A sentence stored as a message key and arguments ({@link StoredText}) in the user's language: a label argument in it
     * too, a statistical period's Chinese label read like {@link #period}; other text as it is.
     */
    public String stored(String text) {
        return stored(text, LocaleContextHolder.getLocale());
    }

    /** {@link #stored} in Chinese whatever the user's language, for texts that leave the platform (an e-mail). */
    public String storedChinese(String text) {
        return stored(text, Locale.SIMPLIFIED_CHINESE);
    }

    private String stored(String text, Locale locale) {
        StoredText sentence = StoredText.parse(text);
        if (sentence == null) {
            return text;
        }
        if (sentence.isList()) {
            String separator = text(locale, ((StoredText.Label) sentence.args().get(0)).key());
            return String.join(separator, sentence.args().subList(1, sentence.args().size()).stream()
                    .map(a -> String.valueOf(argument(a, locale))).toList());
        }
        Object[] args = sentence.args().stream().map(a -> argument(a, locale)).toArray();
        return text(locale, sentence.key(), args);
    }

    /** The items of a stored list ({@link StoredText#list}) each in the user's language: a project's warning reasons. */
    public java.util.List<String> storedItems(String text) {
        Locale locale = LocaleContextHolder.getLocale();
        return StoredText.items(text).stream().map(a -> String.valueOf(argument(a, locale))).toList();
    }

    /** Items listed as the reader lists them: 甲、乙 · "A, B" (none: the empty text). */
    public String list(java.util.Collection<?> items) {
        return items == null ? "" : String.join(text("shared.listSeparator"), items.stream().map(String::valueOf).toList());
    }

    /** An argument of a stored sentence: a label or a nested sentence in the reader's language, a period read like one. */
    private Object argument(Object arg, Locale locale) {
        if (arg instanceof StoredText.Label label) {
            return text(locale, label.key());
        }
        String s = (String) arg;
        if (StoredText.parse(s) != null) {
            return stored(s, locale);
        }
        return s.indexOf('年') >= 0 ? period(s, locale) : s;
    }

    /** A validity span: 2024-01-01 至 长期. */
    public String span(LocalDate from, LocalDate to) {
        return text("shared.fmt.span", date(from), date(to));
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? DASH : DATE_TIME.format(time);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? DASH : DATE_TIME.format(time.atZoneSameInstant(ChinaTime.ZONE));
    }

    /** Bytes as people read them: 512 字节, 12.3 KB, 4.5 MB. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return text("shared.fmt.bytes", String.valueOf(bytes));
        }
        if (bytes < 1024 * 1024) {
            return fixed(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP), 1) + " KB";
        }
        return fixed(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP), 1) + " MB";
    }

    /** A file's type as people name it (PDF 文档, JPEG 图片, Word 文档 …), from its content type. */
    public String fileType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String key = switch (type) {
            case "application/pdf" -> "pdf";
            case "application/ofd" -> "ofd";
            case "image/jpeg" -> "jpeg";
            case "image/png" -> "png";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "xlsx";
            default -> "other";
        };
        return text("shared.fileType." + key);
    }

    /** The field an error of a form belongs to, so the page can show it beside that field; null for other errors. */
    public String fieldOf(Object error) {
        return error instanceof org.fagai.shared.FieldErrors.FieldError f ? f.field() : null;
    }

    // ---- working time ----
    /**
     * Working time in the unit of its limit ({@code unit} "DAYS" or "HOURS"): a day limit in 工作日 (one decimal when
     * not whole: 1.5 个工作日); an hour limit in 工作小时 with one decimal while under a working day (6.5 个工作小时), and
     * in 工作日 from a whole day on, so an overrun of months reads 483 个工作日, not 3,864 小时.
     */
    public String workingTime(Long minutes, String unit) {
        if (minutes == null) {
            return DASH;
        }
        long m = Math.abs(minutes);
        if ("HOURS".equals(unit) && m < minutesPerDay) {
            return text("shared.fmt.workingHours", oneDecimal(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)));
        }
        return text("shared.fmt.workingDays", oneDecimal(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(minutesPerDay), 1, RoundingMode.HALF_UP)));
    }

    /**
     * {@link #workingTime} in Chinese whatever the user's language, for texts that are stored (the audit log):
     * 1.5 个工作日, 6.5 个工作小时.
     */
    public static String workingTimeChinese(long minutes, String unit, int minutesPerDay) {
        long m = Math.abs(minutes);
        if ("HOURS".equals(unit) && m < minutesPerDay) {
            return oneDecimal(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)) + " 个工作小时";
        }
        return oneDecimal(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(minutesPerDay), 1, RoundingMode.HALF_UP)) + " 个工作日";
    }

    /** {@link #workingTimeChinese} as a stored sentence, read later in the reader's language (the audit log). */
    public static String workingTimeStored(long minutes, String unit, int minutesPerDay) {
        long m = Math.abs(minutes);
        if ("HOURS".equals(unit) && m < minutesPerDay) {
            return StoredText.of("shared.fmt.workingHours", oneDecimal(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)));
        }
        return StoredText.of("shared.fmt.workingDays", oneDecimal(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(minutesPerDay), 1, RoundingMode.HALF_UP)));
    }

    /** A running clock: 剩余 2 个工作日 / 已超期 3 个工作日. */
    public String remaining(Long minutes, String unit) {
        if (minutes == null) {
            return DASH;
        }
        return text(minutes < 0 ? "shared.fmt.overdue" : "shared.fmt.remaining", workingTime(minutes, unit));
    }

    /** A finished clock: 按期办结，用时 1.5 个工作日 / 超期 2 个工作日办结. */
    public String finished(Long usedMinutes, Long remainingMinutes, Boolean onTime, String unit) {
        if (usedMinutes == null) {
            return DASH;
        }
        if (Boolean.FALSE.equals(onTime) && remainingMinutes != null && remainingMinutes < 0) {
            return text("shared.fmt.finishedLate", workingTime(remainingMinutes, unit), workingTime(usedMinutes, unit));
        }
        return text("shared.fmt.finishedOnTime", workingTime(usedMinutes, unit));
    }

    /** Minutes per working day of the configured working hours (480 by default). */
    public int minutesPerDay() {
        return minutesPerDay;
    }

    private static String oneDecimal(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? fixed(value, 0) : fixed(value, 1);
    }

    private String text(String key, Object... args) {
        return text(LocaleContextHolder.getLocale(), key, args);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
