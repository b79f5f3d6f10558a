package org.fagai.businessenv.internal;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.Numberings;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.Tables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.businessenv.internal.Evaluation.GroupScore;
import org.fagai.businessenv.internal.Evaluation.IndicatorScore;
import org.fagai.businessenv.internal.Evaluation.RegionScore;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.web.DocumentType;
import org.fagai.shared.web.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Drafts a county's self-assessment (自评报告) from the evaluation in a replaceable Word template
 * ({@code fagai.businessenv.self-assessment-template}): the total with rank and its year-on-year change, the first-
 * and second-level scores with theirs, the weakest indicators in their units, the reform tasks' completion.
 */
@Service
class SelfAssessmentReport {

    static final String DEFAULT_TEMPLATE = "classpath:businessenv/self-assessment.docx";

    private final Evaluations evaluations;
    private final ReformTasks reforms;
    private final AuditLog audit;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String templateLocation;

    SelfAssessmentReport(Evaluations evaluations, ReformTasks reforms, AuditLog audit, ResourceLoader resources, Clock clock,
                         @Value("${fagai.businessenv.self-assessment-template:" + DEFAULT_TEMPLATE + "}") String templateLocation) {
        this.evaluations = evaluations;
        this.reforms = reforms;
        this.audit = audit;
        this.resources = resources;
        this.clock = clock;
        this.templateLocation = templateLocation;
    }

    ResponseEntity<byte[]> download(int year, String region) {
        RegionScore score = score(year, region);
        byte[] docx = draft(year, score);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(DocumentType.DOCX.contentType()));
        headers.setContentLength(docx.length);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(year + "年" + score.regionName() + "营商环境自评报告.docx", StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(docx);
    }

    private RegionScore score(int year, String region) {
        Evaluation evaluation = evaluations.read(year, region);
        RegionScore score = evaluation.region(region);
        if (score == null) {
            throw new NotFoundException(StoredText.of("businessenv.error.reportCounty", region));
        }
        return score;
    }

    byte[] draft(int year, RegionScore score) {
        Map<String, Object> data = new HashMap<>();
        data.put("title", year + "年" + score.regionName() + "营商环境评价自评报告");
        data.put("date", "生成日期：" + LocalDate.now(clock.withZone(ChinaTime.ZONE)));
        data.put("lead", lead(year, score));
        data.put("method", "评价采用前沿距离法：每项二级指标以全市各区县（及录入的标杆值）中的最优值为前沿、最差值为下限，"
                + "越低越好的指标得分 =（最差值 − 本地值）÷（最差值 − 前沿值）× 100，越高越好的指标反之；"
                + "二级指标按权重加权为一级指标得分，一级指标按权重加权为综合得分。");
        data.put("groups", groups(score));
        data.put("indicators", indicators(score));
        List<String> weakest = score.weakest().stream().map(i -> i.name() + "：本地" + value(i.value(), i.unit())
                + "，前沿值" + value(i.frontier(), i.unit()) + "，得分" + number(i.score()) + "分"
                + (i.change() == null ? "" : "，比上年" + signed(i.change()) + "分")).toList();
        data.put("weakest", Numberings.ofDecimalParentheses(weakest.isEmpty() ? new String[] {"暂无已评分指标。"}
                : weakest.toArray(String[]::new)).create());
        List<String> reformLines = reforms.ofYear(year).stream().map(v -> v.name() + "《" + v.title() + "》：改革任务" + v.tasks()
                + "项，已完成" + v.done() + "项，完成率" + (v.completionRate() == null ? "—" : v.completionRate().toPlainString() + "%")
                + "。").toList();
        data.put("reforms", Numberings.ofDecimalParentheses(reformLines.isEmpty() ? new String[] {"本年度未录入改革政策版本。"}
                : reformLines.toArray(String[]::new)).create());
        byte[] docx = render(data);
        audit.record(AuditAction.EXPORT, "business-environment-report", year + "/" + score.regionCode(),
                StoredText.of("businessenv.audit.selfAssessment.generated", score.regionName(), year));
        return docx;
    }

    static String lead(int year, RegionScore score) {
        if (score.total() == null) {
            return year + "年，" + score.regionName() + "尚无已填报的评价指标值，暂不能计算综合得分。";
        }
        StringBuilder text = new StringBuilder(year + "年，" + score.regionName() + "营商环境评价综合得分" + number(score.total())
                + "分，在全市" + score.rankOf() + "个区县中排名第" + score.rank() + "位");
        if (score.change() != null) {
            text.append(score.change().signum() == 0 ? "，与上年持平" : "，比上年" + (score.change().signum() > 0 ? "提高" : "下降")
                    + number(score.change().abs()) + "分");
            if (score.previousRank() != null) {
                text.append("（上年第").append(score.previousRank()).append("位）");
            }
        }
        return text.append("。").toString();
    }

    private static Object groups(RegionScore score) {
        List<RowRenderData> rows = new ArrayList<>();
        rows.add(Rows.of("一级指标", "类别", "权重", "得分", "比上年").textBold().bgColor("DDEBF7").center().create());
        for (GroupScore g : score.groups()) {
            rows.add(Rows.of(g.name(), g.national() ? "国家评价" : "本市特色", number(g.weight()), number(g.score()),
                    g.change() == null ? "—" : signed(g.change())).center().create());
        }
        return Tables.create(rows.toArray(RowRenderData[]::new));
    }

    private static Object indicators(RegionScore score) {
        List<RowRenderData> rows = new ArrayList<>();
        rows.add(Rows.of("二级指标", "单位", "方向", "本地值", "前沿值", "最差值", "得分", "比上年")
                .textBold().bgColor("DDEBF7").center().create());
        for (GroupScore g : score.groups()) {
            for (IndicatorScore i : g.indicators()) {
                rows.add(Rows.of(i.name(), i.unit(), i.direction() == Direction.LOWER ? "越低越好" : "越高越好", number(i.value()),
                        number(i.frontier()), number(i.worst()), number(i.score()), i.change() == null ? "—" : signed(i.change()))
                        .center().create());
            }
        }
        return Tables.create(rows.toArray(RowRenderData[]::new));
    }

    private static String value(BigDecimal v, String unit) {
        return v == null ? "—" : number(v) + unit;
    }

    static String number(BigDecimal v) {
        return v == null ? "—" : Formats.fixed(v.setScale(2, RoundingMode.HALF_UP), 2);
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + number(v);
    }

    private byte[] render(Map<String, Object> data) {
        try (InputStream in = resources.getResource(templateLocation).getInputStream();
             XWPFTemplate doc = XWPFTemplate.compile(in).render(data);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("自评报告模板无法读取：" + templateLocation, e);
        }
    }
}
