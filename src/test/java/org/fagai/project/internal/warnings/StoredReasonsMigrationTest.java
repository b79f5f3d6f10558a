package org.fagai.project.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The migration that turns the warning reasons written in Chinese into stored sentences: each known sentence reads
 * exactly as written in Chinese, and in English; a row with a reason it does not know stays as written.
 */
@FagaiIntegrationTest
@Transactional
class StoredReasonsMigrationTest {

    private static final String MIGRATION = "db/migration/V202612104001__project_warning_reasons_as_sentences.sql";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    @Test
    void everyKnownChineseReasonBecomesASentenceThatReadsAsWrittenAndInEnglish() throws Exception {
        long id = jdbc.sql("""
                INSERT INTO project (code, name, owner_unit, region_code, total_investment, stage, created_at, updated_at)
                VALUES ('2501-339902-04-01-998877', '原因迁移测试项目', '测试单位', '339902', 800, 'PREPARATION', now(), now())
                RETURNING id""").query(Long.class).single();
        List<String> written = List.of(
                "年度计划完成30.0%，落后序时进度50.0%共20.0个百分点",
                "计划2024年6月开工，当月未开工",
                "项目停工（2024-03-10起：征地|拆迁\\纠纷）；计划2024年6月开工，已逾期3个月未开工；"
                        + "计划2024年6月开工，前期手续缺：立项（项目建议书/核准/备案）、用地（预审与选址、规划许可、土地证）、施工许可",
                "开工7个月仍未入库",
                "某条无法识别的原因；开工7个月仍未入库");
        for (int i = 0; i < written.size(); i++) {
            jdbc.sql("""
                    INSERT INTO project_warning (project_id, month, colour, reasons, year_to_date, stage, region_code)
                    VALUES (?, ?::date, 'YELLOW', ?, 0, 'PREPARATION', '339902')""")
                    .params(id, "2020-0" + (i + 1) + "-01", written.get(i)).update();
        }

        template.execute(new String(new ClassPathResource(MIGRATION).getContentAsByteArray(), StandardCharsets.UTF_8));

        List<String> stored = jdbc.sql("SELECT reasons FROM project_warning WHERE project_id = ? ORDER BY month").param(id)
                .query(String.class).list();
        assertThat(stored.subList(0, 4)).allMatch(s -> s.startsWith("§"));
        assertThat(stored.get(4)).isEqualTo(written.get(4));
        assertThat(stored.stream().map(StoredTexts::chinese).toList()).isEqualTo(written.stream()
                .map(w -> w.replace("立项（项目建议书/核准/备案）", "立项（建议书/核准/备案）")
                        .replace("用地（预审与选址、规划许可、土地证）", "用地")).toList());
        assertThat(StoredTexts.english(stored.get(2))).isEqualTo("works stopped (since 2024-03-10: 征地|拆迁\\纠纷);"
                + " planned to start in 2024-06, not started 3 month(s) overdue;"
                + " planned to start in 2024-06, preliminary approvals missing: Project approval (proposal / ratification / filing),"
                + " Land use, Construction permit");
    }
}
