package org.fagai.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.enterprise.internal.EnterpriseApiTest.MINE;
import static org.fagai.enterprise.internal.EnterpriseApiTest.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.web.StoredTexts;
import org.fagai.Sessions;
import org.fagai.shared.ChinaTime;
import org.fagai.shared.web.HostileFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Uploads of the enterprise pages and API that are not inspections: a visit's photos (several at once, all or
 * nothing), photos posted to the API for a visit or a hazard, and the registry's import page; hostile files included.
 */
@FagaiIntegrationTest
class EnterpriseUploadsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private MvcResult visitWithPhotos(MockHttpSession session, String discussed, MockMultipartFile... photos) throws Exception {
        var request = multipart("/enterprises/" + MINE + "/visits").session(session).with(csrf())
                .param("visitedOn", LocalDate.now(ChinaTime.ZONE).toString()).param("visitors", "李科长")
                .param("discussed", discussed).param("demandCategory", "UTILITIES").param("demandContent", discussed + "：用电增容");
        for (MockMultipartFile photo : photos) {
            request.file(photo);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/enterprises/" + MINE)).andReturn();
    }

    private static MockMultipartFile photo(String name, String type, byte[] bytes) {
        return new MockMultipartFile("photos", name, type, bytes);
    }

    @Test
    void aVisitFromItsPageKeepsEveryPhotoAndARefusedPhotoStoresNeitherTheVisitNorItsDemand() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        visitWithPhotos(city, "两张照片的走访", photo("车间.png", "image/png", Images.png()), photo("仓库.png", "image/png", Images.png()));
        long visit = count("SELECT max(id) FROM enterprise_visit WHERE discussed = '两张照片的走访'");
        assertThat(count("SELECT count(*) FROM enterprise_photo WHERE owner_type = 'VISIT' AND owner_id = ?", visit)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM enterprise_demand WHERE visit_id = ?", visit)).isEqualTo(1);
        String page = mvc.perform(get("/enterprises/" + MINE).session(city)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        jdbc.sql("SELECT id FROM enterprise_photo WHERE owner_type = 'VISIT' AND owner_id = ?").param(visit).query(Long.class).list()
                .forEach(id -> assertThat(page).contains("/enterprises/photos/" + id));

        long photos = count("SELECT count(*) FROM enterprise_photo");
        List<MockMultipartFile> hostile = List.of(photo("bomb.jpg", "image/jpeg", Images.zipBomb()),
                photo("notice.jpg", "image/jpeg", Images.docx()), photo("huge.jpg", "image/jpeg", Images.jpegOf(6 * 1024 * 1024)));
        List<String> reasons = List.of("压缩", "扩展名", "5MB");
        for (int i = 0; i < hostile.size(); i++) {
            MvcResult refused = visitWithPhotos(city, "拒收照片的走访", photo("好照片.png", "image/png", Images.png()), hostile.get(i));
            @SuppressWarnings("unchecked")
            List<FieldErrors.FieldError> errors = (List<FieldErrors.FieldError>) refused.getFlashMap().get("errors");
            assertThat(errors.stream().map(e -> e.field() + " " + StoredTexts.chinese(e.message())).toList().toString())
                    .as(hostile.get(i).getOriginalFilename()).contains("photo", reasons.get(i));
        }
        assertThat(count("SELECT count(*) FROM enterprise_visit WHERE discussed = '拒收照片的走访'")).isZero();
        assertThat(count("SELECT count(*) FROM enterprise_demand WHERE content = '拒收照片的走访：用电增容'")).isZero();
        assertThat(count("SELECT count(*) FROM enterprise_photo")).isEqualTo(photos);
    }

    private MockHttpServletResponse postPhoto(String path, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(as("city"))).andReturn().getResponse();
    }

    @Test
    void photosPostedToTheApiForAVisitOrAHazardPassTheUploadGuard() throws Exception {
        long visit = count("SELECT max(v.id) FROM enterprise_visit v WHERE v.credit_code = ?", MINE);
        long hazard = count("SELECT min(id) FROM safety_hazard WHERE region_code LIKE '3399%'");
        long photos = count("SELECT count(*) FROM enterprise_photo");
        for (String path : List.of("/api/v1/visits/" + visit + "/photos", "/api/v1/safety/hazards/" + hazard + "/photos")) {
            assertThat(postPhoto(path, "bomb.png", Images.zipBomb()).getStatus()).as(path).isEqualTo(413);
            assertThat(postPhoto(path, "huge.jpg", Images.jpegOf(6 * 1024 * 1024)).getStatus()).as(path).isEqualTo(413);
            MockHttpServletResponse renamed = postPhoto(path, "scan.jpg", Images.docx());
            assertThat(renamed.getStatus()).as(path).isEqualTo(422);
            assertThat(renamed.getContentAsString(StandardCharsets.UTF_8)).contains("扩展名");
        }
        assertThat(count("SELECT count(*) FROM enterprise_photo")).isEqualTo(photos);

        MockHttpServletResponse stored = postPhoto("/api/v1/visits/" + visit + "/photos", "现场.png", Images.png());
        assertThat(stored.getStatus()).isEqualTo(201);
        String location = stored.getHeader("Location");
        mvc.perform(get(location).session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        assertThat(postPhoto("/api/v1/visits/" + visit + "/photos", "现场.png", Images.png()).getStatus()).isEqualTo(201);
        assertThat(mvc.perform(multipart("/api/v1/visits/" + visit + "/photos")
                        .file(new MockMultipartFile("file", "现场.png", "image/png", Images.png())).with(as("enterprise")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aZipBombOrRenamedFileOnTheImportPageIsListedAsTheReasonAndStoresNothing() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        long enterprises = count("SELECT count(*) FROM enterprise");
        List<byte[]> files = List.of(HostileFiles.bytes(HostileFiles.zipBomb()), HostileFiles.pngRenamed());
        List<String> reasons = List.of("疑似压缩炸弹，已拒绝", "文件内容不是 Excel 2007 及以上格式（.xlsx）");
        for (int i = 0; i < files.size(); i++) {
            MvcResult page = mvc.perform(multipart("/enterprises/import")
                            .file(new MockMultipartFile("file", "企业.xlsx", "application/octet-stream", files.get(i)))
                            .session(city).with(csrf()))
                    .andExpect(redirectedUrl("/enterprises")).andReturn();
            assertThat(String.valueOf(page.getFlashMap().get("importErrors"))).contains(reasons.get(i));
        }
        assertThat(count("SELECT count(*) FROM enterprise")).isEqualTo(enterprises);
    }
}
