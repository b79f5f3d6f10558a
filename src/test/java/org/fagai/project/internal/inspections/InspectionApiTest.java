package org.fagai.project.internal.inspections;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.internal.demo.SitePictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Site inspections (巡查): staff record them with photos, and a finding raised becomes a blocker of the project. */
@FagaiIntegrationTest
class InspectionApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(895_000);

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String ownersProject() throws Exception {
        String code = "1901-339902-04-01-" + SERIAL.incrementAndGet();
        postJson("city", "/api/v1/projects", """
                {"code":"%s","name":"巡查测试项目","ownerUnit":"示范市城建投资集团有限公司","ownerCreditCode":"913399027345678902",
                 "regionCode":"339902","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"在建",
                 "startMonth":"2019-01","endMonth":"2020-12","planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}"""
                .formatted(code)).andExpect(status().isCreated());
        return code;
    }

    @Test
    void aFindingRaisedBecomesABlockerAndTheInspectionKeepsItsPhotos() throws Exception {
        String code = ownersProject();
        String body = postJson("district", "/api/v1/projects/" + code + "/inspections", """
                {"inspectedOn":"2019-06-12","inspectors":"张三、李四","findings":"塔吊未按方案设置防护，施工进度滞后",
                 "blocker":{"category":"CONSTRUCTION","department":"区住建局","workingDays":10}}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.blockerId").isNumber())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/projects/" + code + "/inspections/" + id + "/photos")
                        .file(new MockMultipartFile("file", "xc.jpg", "image/jpeg",
                                SitePictures.jpeg(9_500, 640, 480, LocalDateTime.of(2019, 6, 12, 15, 0), true)))
                        .with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.flags").isEmpty());
        mvc.perform(get("/api/v1/projects/" + code + "/inspections").with(httpBasic("owner", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].inspectors").value("张三、李四"))
                .andExpect(jsonPath("$[0].photoIds.length()").value(1));
    }

    @Test
    void ownersAndLeadersRecordNoInspectionAndAnInspectionNeedsItsFacts() throws Exception {
        String code = ownersProject();
        postJson("owner", "/api/v1/projects/" + code + "/inspections", """
                {"inspectedOn":"2019-06-12","inspectors":"自查","findings":"无"}""").andExpect(status().isForbidden());
        postJson("leader", "/api/v1/projects/" + code + "/inspections", """
                {"inspectedOn":"2019-06-12","inspectors":"领导","findings":"无"}""").andExpect(status().isForbidden());
        postJson("city", "/api/v1/projects/" + code + "/inspections", """
                {"inspectors":"","findings":"","blocker":{"category":"不存在","department":"x"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("inspectedOn", "inspectors", "findings")));
        postJson("city", "/api/v1/projects/" + code + "/inspections", """
                {"inspectedOn":"2019-06-13","inspectors":"王五","findings":"现场文明施工良好"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.blockerId").doesNotExist());
        mvc.perform(get("/api/v1/projects/" + code + "/inspections").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[0].findings").value(containsString("文明施工")));
    }
}
