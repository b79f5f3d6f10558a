package org.fagai.attraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A lead's stage refused (out of order, a key project not yet started) reads in the reader's language, as before in Chinese. */
@FagaiIntegrationTest
class LeadRefusalLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions send(String path, String body, String lang) throws Exception {
        return mvc.perform(post(path).param("lang", lang).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", DEMO_PASSWORD)));
    }

    private static String detail(ResultActions refused) throws Exception {
        return JsonPath.read(refused.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$.detail");
    }

    @Test
    void aStageOutOfOrderAndAKeyProjectNotYetStartedAreRefusedInEnglishUnderEnglish() throws Exception {
        String body = send("/api/v1/attraction/leads", """
                {"investorName":"语言测试投资有限公司","origin":"OUTSIDE_PROVINCE","industryCode":"3741","intendedInvestment":100000,
                 "regionCode":"320106","foundOn":"2024-01-10"}""", "zh_CN").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long lead = ((Number) JsonPath.read(body, "$.lead.id")).longValue();
        String stage = "/api/v1/attraction/leads/" + lead + "/stage";
        String code = CreditCode.withCheckDigits("91320106MC000001").value();
        String register = "{\"stage\":\"REGISTERED\",\"creditCode\":\"%s\",\"companyName\":\"语言测试落地有限公司\",\"on\":\"2024-03-01\"}"
                .formatted(code);
        assertThat(detail(send(stage, register, "en"))).isEqualTo("The lead is at “Lead”: “Signed” must be completed before “Registered”");
        assertThat(detail(send(stage, register, "zh_CN"))).isEqualTo("线索当前为「线索」，须先完成「签约」才能进入「注册落地」");

        send("/api/v1/attraction/signings", "{\"leadId\":%d,\"type\":\"CONTRACT\",\"signedOn\":\"2024-02-01\",\"amount\":50000}"
                .formatted(lead), "zh_CN").andExpect(status().isCreated());
        send(stage, register, "zh_CN").andExpect(status().isOk());
        String planned = jdbc.sql("SELECT code FROM project WHERE stage = 'PREPARATION' AND NOT provisional_code ORDER BY id LIMIT 1")
                .query(String.class).single();
        String start = "{\"stage\":\"STARTED\",\"projectCode\":\"%s\",\"on\":\"2024-05-01\"}".formatted(planned);
        assertThat(detail(send(stage, start, "en")))
                .isEqualTo("Key project " + planned + " is at the “Preparation” stage and has not started construction yet: the key-project schedule decides");
        assertThat(detail(send(stage, start, "zh_CN"))).isEqualTo("重点项目 " + planned + " 当前为「前期」阶段，尚未开工：以重点项目调度为准");
        assertThat(detail(send(stage, register, "en"))).isEqualTo("The lead is already at the “Registered” stage");
    }
}
