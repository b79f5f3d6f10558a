package org.fagai.enterprise.internal;

import org.fagai.Reads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.fagai.enterprise.internal.EnterpriseApiTest.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The safety pages an inspector uses on site and the enterprise answers on: an inspection with its checklist and hazard
 * photos, the 整改通知书 (print view and .docx), the rectification with evidence, the 回头看, the list, its export and the
 * random draw; every photo through the shared upload guard.
 */
@FagaiIntegrationTest
class SafetyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    private String stoneEnterprise() {
        return jdbc.sql("SELECT credit_code FROM enterprise_flag WHERE flag = 'STONE' ORDER BY credit_code DESC LIMIT 1")
                .query(String.class).single();
    }

    private long inspections() {
        return jdbc.sql("SELECT count(*) FROM safety_inspection").query(Long.class).single();
    }

    private String inspect(MockHttpSession session, String creditCode, MockMultipartFile photo, String... descriptions) throws Exception {
        var request = multipart("/safety/inspections").session(session).with(csrf()).param("creditCode", creditCode)
                .param("inspectedOn", LocalDate.now(ChinaTime.ZONE).toString()).param("inspectors", "李科长、王科员")
                .param("check", "DUST:FAIL", "FIRE:PASS").param("hazardDescription", descriptions)
                .param("hazardLevel", "MAJOR", "GENERAL", "GENERAL");
        if (photo != null) {
            request.file(photo);
        }
        return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void anInspectionIsRecordedWithItsChecklistAndHazardPhotoAndTheHazardsNoticeIsPrintedAndDownloaded() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String code = stoneEnterprise();
        String name = jdbc.sql("SELECT name FROM enterprise WHERE credit_code = ?").param(code).query(String.class).single();
        assertThat(page("/safety/inspections/new?creditCode=" + code, city)).contains(name, "粉尘防控", "特种作业持证", "隐患 1");

        String location = inspect(city, code, new MockMultipartFile("photo0", "现场.png", "image/png", Images.png()),
                "页面测试：切割机防护罩缺失", "", "");
        assertThat(location).matches("/safety/inspections/\\d+");
        long inspection = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT checklist FROM safety_inspection WHERE id = ?").param(inspection).query(String.class).single())
                .isEqualTo("粉尘防控：不符合；消防设施与通道：符合");
        long hazard = jdbc.sql("SELECT id FROM safety_hazard WHERE inspection_id = ?").param(inspection).query(Long.class).single();
        assertThat(jdbc.sql("SELECT level FROM safety_hazard WHERE id = ?").param(hazard).query(String.class).single()).isEqualTo("MAJOR");
        long photo = jdbc.sql("SELECT id FROM enterprise_photo WHERE owner_type = 'HAZARD' AND owner_id = ?").param(hazard)
                .query(Long.class).single();
        assertThat(page(location, city)).contains("页面测试：切割机防护罩缺失", "/enterprises/photos/" + photo);
        mvc.perform(get("/enterprises/photos/" + photo).session(city)).andExpect(content().contentType("image/png"));

        mvc.perform(multipart(location + "/hazards").session(city).with(csrf()).param("description", "页面测试：消防通道堵塞")
                .param("level", "GENERAL")).andExpect(redirectedUrl(location));
        assertThat(jdbc.sql("SELECT count(*) FROM safety_hazard WHERE inspection_id = ?").param(inspection).query(Long.class).single())
                .isEqualTo(2);

        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        mvc.perform(post("/safety/hazards/" + hazard + "/notice").session(city).with(csrf()).param("measures", "加装防护罩并培训操作人员")
                .param("workingDays", "5").param("departmentId", String.valueOf(unit)).param("leadPersonId", String.valueOf(admin)))
                .andExpect(redirectedUrl("/safety/hazards/" + hazard));
        String number = jdbc.sql("SELECT notice_number FROM safety_hazard WHERE id = ?").param(hazard).query(String.class).single();
        assertThat(page("/safety/hazards/" + hazard, city)).contains(number, "剩余", "个工作日", "下载 Word");
        assertThat(page("/safety/hazards/" + hazard + "/notice", city)).contains("安全生产隐患整改通知书", number, name,
                "重大事故隐患：页面测试：切割机防护罩缺失", "加装防护罩并培训操作人员", "5个工作日", "示范市安全生产检查工作组");
        byte[] docx = mvc.perform(get("/safety/hazards/" + hazard + "/notice.docx").session(city)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("安全生产隐患整改通知书", number, "页面测试：切割机防护罩缺失", "加装防护罩并培训操作人员");
        }
    }

    @Test
    void aRefusedPhotoStoresNeitherTheInspectionNorItsHazards() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        String code = stoneEnterprise();
        long before = inspections();
        List<MockMultipartFile> hostile = List.of(
                new MockMultipartFile("photo0", "bomb.jpg", "image/jpeg", Images.zipBomb()),
                new MockMultipartFile("photo0", "notice.jpg", "image/jpeg", Images.docx()),
                new MockMultipartFile("photo0", "huge.jpg", "image/jpeg", Images.jpegOf(6 * 1024 * 1024)),
                new MockMultipartFile("photo0", "scan.pdf", "application/pdf", "%PDF-1.7\n%test\n".getBytes(StandardCharsets.US_ASCII)),
                new MockMultipartFile("photo0", "text.png", "image/png", "不是图片".getBytes(StandardCharsets.UTF_8)));
        List<String> reasons = List.of("压缩", "扩展名", "5MB", "JPEG 或 PNG", "允许的类型");
        for (int i = 0; i < hostile.size(); i++) {
            String page = mvc.perform(multipart("/safety/inspections").file(hostile.get(i)).session(city).with(csrf())
                            .param("creditCode", code).param("inspectedOn", LocalDate.now(ChinaTime.ZONE).toString())
                            .param("inspectors", "李科长").param("hazardDescription", "拒收照片测试", "", "")
                            .param("hazardLevel", "GENERAL", "GENERAL", "GENERAL"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(hostile.get(i).getOriginalFilename()).contains(reasons.get(i)).contains("拒收照片测试");
        }
        assertThat(inspections()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM safety_hazard WHERE description = '拒收照片测试'").query(Long.class).single()).isZero();

        long hazard = jdbc.sql("SELECT id FROM safety_hazard WHERE region_code LIKE '3399%' ORDER BY id LIMIT 1").query(Long.class).single();
        long photos = jdbc.sql("SELECT count(*) FROM enterprise_photo").query(Long.class).single();
        var refused = mvc.perform(multipart("/safety/hazards/" + hazard + "/photos").file(new MockMultipartFile("photo", "bomb.png",
                "image/png", Images.zipBomb())).session(city).with(csrf())).andExpect(redirectedUrl("/safety/hazards/" + hazard)).andReturn();
        assertThat(String.valueOf(refused.getFlashMap().get("errors"))).contains("压缩", "photo");
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise_photo").query(Long.class).single()).isEqualTo(photos);
    }

    @Test
    void theEnterpriseReportsItsRectificationWithAPhotoAndTheCheckBackReopensIt() throws Exception {
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        long hazard = DemandLoopTest.id(mvc.perform(json(post("/api/v1/safety/inspections"), """
                        {"creditCode":"%s","inspectors":"李科长","hazards":[{"description":"整改页面测试：配电箱未接地"}]}"""
                        .formatted(EnterpriseApiTest.MINE)).with(as("city"))), "$.hazards[0]");
        mvc.perform(json(post("/api/v1/safety/hazards/" + hazard + "/notice"), """
                {"measures":"配电箱接地并复测","workingDays":3,"departmentId":%d,"leadPersonId":%d}""".formatted(unit, admin))
                .with(as("city"))).andExpect(status().isOk());

        MockHttpSession enterprise = Sessions.signIn(mvc, "enterprise");
        assertThat(page("/enterprises/" + EnterpriseApiTest.MINE, enterprise)).contains("整改页面测试：配电箱未接地");
        String todo = mvc.perform(get("/api/v1/todo").with(as("enterprise"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(todo).contains("enterprise.safety", "隐患待报送整改情况");
        assertThat(page("/safety/hazards/" + hazard, enterprise)).contains("报送整改情况", "配电箱接地并复测").doesNotContain("id=\"photo-form\"");
        mvc.perform(multipart("/safety/hazards/" + hazard + "/rectification").file(new MockMultipartFile("photo", "整改后.png", "image/png",
                        Images.png())).session(enterprise).with(csrf()).param("rectification", "已完成接地并复测合格").param("evidence", "接地电阻检测报告"))
                .andExpect(redirectedUrl("/safety/hazards/" + hazard));
        assertThat(jdbc.sql("SELECT state FROM safety_hazard WHERE id = ?").param(hazard).query(String.class).single()).isEqualTo("RECTIFIED");
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise_photo WHERE owner_type = 'RECTIFY' AND owner_id = ?").param(hazard)
                .query(Long.class).single()).isEqualTo(1);
        long other = jdbc.sql("SELECT id FROM safety_hazard WHERE credit_code <> ? ORDER BY id LIMIT 1").param(EnterpriseApiTest.MINE)
                .query(Long.class).single();
        mvc.perform(get("/safety/hazards/" + other).session(enterprise)).andExpect(status().isNotFound());
        mvc.perform(get("/safety").session(enterprise)).andExpect(status().isForbidden());

        long item = jdbc.sql("SELECT item_id FROM safety_hazard WHERE id = ?").param(hazard).query(Long.class).single();
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/supervision/items/" + item + "/request-closure"), """
                {"result":"整改完成","evidence":"检测报告"}""").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(as("city"))).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(jdbc.sql("SELECT state FROM safety_hazard WHERE id = ?")
                .param(hazard).query(String.class).single()));

        MockHttpSession city = Sessions.signIn(mvc, "city");
        assertThat(page("/safety/hazards/" + hazard, city)).contains("按期整改销号", "回头看结论");
        mvc.perform(post("/safety/hazards/" + hazard + "/follow-up").session(city).with(csrf()).param("confirmed", "false")
                .param("result", "接地线已被拆除").param("workingDays", "3")).andExpect(redirectedUrl("/safety/hazards/" + hazard));
        assertThat(jdbc.sql("SELECT state || '/' || reopened_count FROM safety_hazard WHERE id = ?").param(hazard).query(String.class).single())
                .isEqualTo("NOTICE_ISSUED/1");
        assertThat(page("/safety/hazards/" + hazard, city)).contains("回头看后重新整改 1 次", "接地线已被拆除");
    }

    @Test
    void theListFiltersAndExportsTheSameRowsAPlanIsMadeAndTheCheckBackSampleIsDrawn() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        YearMonth last = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        List<Long> major = jdbc.sql("""
                        SELECT h.id FROM safety_hazard h JOIN safety_inspection i ON i.id = h.inspection_id
                        WHERE h.level = 'MAJOR' AND i.inspected_on BETWEEN ? AND ? AND h.region_code LIKE '3399%'""")
                .params(last.atDay(1), last.atEndOfMonth()).query(Long.class).list();
        assertThat(major).isNotEmpty();
        String list = page("/safety?month=" + last + "&level=MAJOR", city);
        assertThat(list).contains("共 " + major.size() + " 条");
        byte[] xlsx = mvc.perform(get("/safety/export?month=" + last + "&level=MAJOR").session(city)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.subList(2, rows.size())).extracting(r -> Long.valueOf(r.getCellText(0))).containsExactlyInAnyOrderElementsOf(major);
            assertThat(rows.get(2).getCellText(5)).isEqualTo("重大");
        }
        mvc.perform(get("/safety?level=HUGE").session(city)).andExpect(status().isBadRequest());

        mvc.perform(post("/safety/plans").session(city).with(csrf()).param("month", YearMonth.now(ChinaTime.ZONE).toString())
                .param("flag", "STONE").param("regionCode", "339900")).andExpect(redirectedUrlPattern("/safety?month=*"));
        assertThat(page("/safety?month=" + YearMonth.now(ChinaTime.ZONE), city)).contains(YearMonth.now(ChinaTime.ZONE) + " 石材企业安全生产检查");

        mvc.perform(post("/safety/follow-ups/sample").session(city).with(csrf()).param("percent", "10"))
                .andExpect(redirectedUrl("/safety?followUp=true"));
        List<Long> due = jdbc.sql("SELECT id FROM safety_hazard WHERE follow_up_due AND region_code LIKE '3399%'").query(Long.class).list();
        assertThat(due).isNotEmpty();
        String drawn = page("/safety?followUp=true", city);
        assertThat(drawn).contains("共 " + due.size() + " 条", "待回头看");
        mvc.perform(post("/safety/follow-ups/sample").session(city).with(csrf()).param("percent", "0"))
                .andExpect(redirectedUrl("/safety?followUp=true"));
    }
}
