package org.fagai.approval.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.shared.WorkCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fills the document templates ({@code classpath:approval/documents/*.txt}, one per kind, the refusal and the two
 * notices) from an application: the project's figures, the legal basis the template states, the extension and its
 * reason, the time excluded from the limit, the consultations, the appeal rights of a refusal.
 */
@Component
class DocumentTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

    private final String authority;
    private final String appealAuthority;

    DocumentTexts(@Value("${fagai.credit.authority-name:示范市发展和改革委员会}") String authority,
                  @Value("${fagai.approval.appeal-authority:示范市人民政府}") String appealAuthority) {
        this.authority = authority;
        this.appealAuthority = appealAuthority;
    }

    String authority() {
        return authority;
    }

    /** The decision document: drafted (no number, no code) or signed ({@code licence} set). */
    OfficialDocument decision(Application a, ElectronicLicence licence, String verifyUrl, LocalDate validTo,
                              LocalDateTime now, WorkCalendar calendar) {
        boolean approved = licence != null ? licence.approved() : Boolean.TRUE.equals(a.draft().approved());
        String template = approved ? a.kind().name() : "REFUSAL";
        Map<String, String> values = values(a, approved ? null : a.draft().reason() != null ? a.draft().reason() : a.outcome().closeReason());
        LocalDateTime until = a.closedAt() != null ? a.closedAt() : now;
        values.put("validTo", chineseDate(validTo));
        values.put("validity", a.kind() == org.fagai.approval.ApprovalKind.APPROVAL && validTo != null && !validTo.equals(LONG_TERM)
                ? "三、本核准文件自印发之日起有效期2年（至" + chineseDate(validTo) + "）。在有效期内未开工建设的，应当在有效期届满的30个工作日前向本机关申请延期。" : "");
        values.put("extension", a.extension().days() > 0 ? "本申请办理期间，因" + trimStop(a.extension().reason()) + "，经本机关负责人批准，办理期限延长"
                + a.extension().days() + "个工作日。" : "");
        values.put("excluded", excluded(a, until, calendar));
        values.put("consultation", consultation(a));
        List<String> paragraphs = fill(template, values);
        LocalDate date = licence != null ? licence.issuedOn() : now.toLocalDate();
        return new OfficialDocument(paragraphs.get(0), licence == null ? null : licence.documentNumber(), paragraphs.get(1),
                paragraphs.subList(2, paragraphs.size()), List.of(), authority, date,
                licence == null ? null : licence.verificationCode(), licence == null ? null : verifyUrl, licence == null);
    }

    /** A 一次性告知书. */
    OfficialDocument notice(Application a, ApplicationNotices.Notice notice) {
        Map<String, String> values = values(a, notice.note());
        values.put("note", notice.kind() == ApplicationNotices.Kind.SUPPLEMENT && notice.note() != null ? "补正说明：" + notice.note() : "");
        values.put("itemsHeading", notice.items().isEmpty() ? "" : "所缺或不符合要求的材料如下：");
        values.put("items", notice.items().isEmpty() ? "" : OfficialDocument.ITEMS);
        List<String> paragraphs = fill("NOTICE_" + notice.kind().name(), values);
        return new OfficialDocument(paragraphs.get(0), null, paragraphs.get(1), paragraphs.subList(2, paragraphs.size()),
                notice.items(), authority, notice.issuedAt().toLocalDate(), null, null, false);
    }

    private Map<String, String> values(Application a, String reason) {
        Map<String, String> v = new HashMap<>();
        v.put("applicant", a.applicantName());
        v.put("creditCode", a.applicantCreditCode());
        v.put("title", a.title());
        v.put("projectCode", a.projectCode());
        v.put("totalInvestment", money(a.totalInvestment()));
        v.put("receivedDate", chineseDate(a.receivedAt().toLocalDate()));
        v.put("acceptedDate", a.acceptedAt() == null ? "—" : chineseDate(a.acceptedAt().toLocalDate()));
        v.put("kindName", a.kind().chineseName());
        v.put("documentName", a.kind().documentName());
        v.put("reason", reason == null ? "" : trimStop(reason));
        v.put("authority", authority);
        v.put("appealAuthority", appealAuthority);
        return v;
    }

    private static String excluded(Application a, LocalDateTime until, WorkCalendar calendar) {
        if (a.acceptedAt() == null || a.stops().isEmpty() && a.suspensions().isEmpty()) {
            return "";
        }
        long minutes = a.excludedWorkingMinutes(until, calendar);
        if (minutes == 0) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        a.stops().forEach(s -> kinds.add(s.kind().chineseName() + "（" + chineseDate(s.startedAt().toLocalDate()) + "至"
                + (s.endedAt() == null ? "今" : chineseDate(s.endedAt().toLocalDate())) + "）"));
        if (!a.suspensions().isEmpty()) {
            kinds.add("申请人补正材料");
        }
        return "依照法律规定，" + String.join("、", kinds) + "所需时间共" + duration(minutes, calendar) + "，不计入办理期限。";
    }

    private static String consultation(Application a) {
        List<Consultation> all = a.consultations();
        if (all.isEmpty()) {
            return "";
        }
        List<String> answered = all.stream().filter(c -> !c.isOpen()).map(Consultation::departmentName).distinct().toList();
        List<String> open = all.stream().filter(Consultation::isOpen).map(Consultation::departmentName).distinct().toList();
        StringBuilder text = new StringBuilder("本机关就该申请征求了" + String.join("、", all.stream().map(Consultation::departmentName)
                .distinct().toList()) + "的意见");
        if (!answered.isEmpty()) {
            text.append("，").append(String.join("、", answered)).append("已答复");
        }
        if (!open.isEmpty()) {
            text.append("；").append(String.join("、", open)).append("未答复")
                    .append(a.draft().consultationNote() == null ? "" : "，" + trimStop(a.draft().consultationNote()));
        }
        return text.append("。").toString();
    }

    /** "2个工作日3小时" in the calendar's working hours. */
    static String duration(long minutes, WorkCalendar calendar) {
        long perDay = calendar.workingHours().minutesPerDay();
        long days = minutes / perDay;
        long hours = minutes % perDay / 60;
        long rest = minutes % 60;
        StringBuilder s = new StringBuilder();
        if (days > 0) {
            s.append(days).append("个工作日");
        }
        if (hours > 0) {
            s.append(hours).append("小时");
        }
        if (rest > 0 || s.isEmpty()) {
            s.append(rest).append("分钟");
        }
        return s.toString();
    }

    static String money(BigDecimal wan) {
        if (wan == null) {
            return "以项目单位报送为准";
        }
        return new DecimalFormat("#,##0.####").format(wan) + "万元";
    }

    static String chineseDate(LocalDate d) {
        return d == null ? "" : d.equals(LONG_TERM) ? "长期" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String trimStop(String s) {
        String t = s.strip();
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The template's lines with the placeholders filled; a line that was a lone optional placeholder and came out empty is dropped. */
    private static List<String> fill(String template, Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        for (String line : read(template)) {
            Matcher m = PLACEHOLDER.matcher(line);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
            }
            m.appendTail(filled);
            if (!filled.isEmpty() || lines.size() < 2) {
                lines.add(filled.toString());
            }
        }
        return lines;
    }

    private static List<String> read(String template) {
        try (InputStream in = DocumentTexts.class.getResourceAsStream("/approval/documents/" + template + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("缺少文书模板：" + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
