package org.fagai.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.web.HostileFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Evidence files of 申请办结: through the upload guard, stored, listed, downloaded, closing on them; hostile files refused. */
@FagaiIntegrationTest
class EvidenceFilesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long item;

    @BeforeEach
    void anItemBeingHandled() throws Exception {
        long district = jdbc.sql("SELECT id FROM app_user WHERE username = 'district'").query(Long.class).single();
        long city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        long unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'district'").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/supervision/items").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"佐证文件测试事项","source":"ANNUAL_TASK","leadUnitId":%d,"leadPersonId":%d,"supervisorId":%d,"workingDays":20}"""
                        .formatted(unit, district, city)).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        item = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(httpBasic("district", DEMO_PASSWORD))).andExpect(status().isOk());
    }

    ResultActions upload(String user, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/supervision/items/" + item + "/evidence")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(httpBasic(user, DEMO_PASSWORD)));
    }

    long stored() {
        return jdbc.sql("SELECT count(*) FROM supervision_evidence WHERE item_id = ?").param(item).query(Long.class).single();
    }

    long evidenceSteps() {
        return jdbc.sql("SELECT count(*) FROM supervision_step WHERE item_id = ? AND kind = 'EVIDENCE_ADDED'").param(item).query(Long.class).single();
    }

    static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theLeadPersonClosesOnAnUploadedFileThatEveryoneWhoSeesTheItemCanDownload() throws Exception {
        String body = upload("district", "验收报告.pdf", PDF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long file = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/supervision/items/" + item + "/evidence").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].fileName").value("验收报告.pdf"));
        mvc.perform(get("/api/v1/supervision/items/" + item + "/evidence/" + file).with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/api/v1/supervision/items/" + item + "/evidence/" + file).with(httpBasic("owner", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/supervision/items/" + item + "/request-closure").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"result\":\"已完成\"}").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSURE_REQUESTED"));
        upload("district", "补充材料.pdf", PDF).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/supervision/items/" + item + "/verify").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
        assertThat(evidenceSteps()).isEqualTo(1);
    }

    @Test
    void closingNeedsAnEvidenceNoteOrFile() throws Exception {
        mvc.perform(post("/api/v1/supervision/items/" + item + "/request-closure").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"result\":\"已完成\"}").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidence"));
    }

    @Test
    void onlyTheLeadPersonUploadsAndAnHostileFileIsRefusedBeforeAnythingIsStored() throws Exception {
        upload("city", "验收报告.pdf", PDF).andExpect(status().isForbidden());
        upload("district", "照片.pdf", HostileFiles.pngRenamed()).andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("与文件内容（PNG）不符")));
        byte[] exe = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0}, 2048);
        upload("district", "报告.pdf", exe).andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是允许的类型")));
        upload("district", "宏.docx", zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))
                .andExpect(status().is(422));
        upload("district", "可行性研究报告.docx", HostileFiles.bytes(HostileFiles.docxBomb())).andExpect(status().is(413))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("疑似压缩炸弹")));
        byte[] big = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        upload("district", "超大.pdf", big).andExpect(status().is(413));
        upload("district", "空.pdf", new byte[0]).andExpect(status().isBadRequest());
        assertThat(stored()).isZero();
        assertThat(evidenceSteps()).as("a refused file leaves no trace on the timeline").isZero();
    }

    @Test
    void thePageUploadsShowsAndRefusesFilesWithTheReason() throws Exception {
        var session = Sessions.signIn(mvc, "district");
        mvc.perform(multipart("/supervision/items/" + item + "/evidence").file(new MockMultipartFile("file", "照片.png", "image/png",
                        HostileFiles.textRenamed())).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errors"));
        mvc.perform(multipart("/supervision/items/" + item + "/evidence").file(new MockMultipartFile("file", "会议纪要.pdf",
                        "application/pdf", PDF)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("saved"));
        String page = mvc.perform(get("/supervision/items/" + item).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("会议纪要.pdf").contains("/supervision/items/" + item + "/evidence/").contains("id=\"upload-evidence\"");
        assertThat(stored()).isEqualTo(1);
    }
}
