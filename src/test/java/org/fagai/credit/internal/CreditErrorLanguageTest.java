package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.shared.CreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A dishonesty-list entry's field errors read in the reader's language, Chinese as before. */
@FagaiIntegrationTest
class CreditErrorLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private List<String> messages(String lang) throws Exception {
        String code = CreditCode.withCheckDigits("91339905MA2K0P09").value();
        String body = mvc.perform(post("/api/v1/credit/blacklist").param("lang", lang).contentType(MediaType.APPLICATION_JSON).content("""
                        {"entityName":"","creditCode":"%s","listType":"其他","reason":"语言测试","sourceDocument":"",
                         "validFrom":"2024-05-01","validTo":"2024-01-01"}""".formatted(code))
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("§");
        return JsonPath.read(body, "$.errors[*].message");
    }

    @Test
    void aListingsMissingNameDocumentAndReversedValidityReadInEnglishUnderEnglishAndAsBeforeInChinese() throws Exception {
        assertThat(messages("en")).containsExactlyInAnyOrder("Please fill in the entity’s name", "Please fill in the determining document",
                "The end of validity cannot be earlier than its start");
        assertThat(messages("zh_CN")).containsExactlyInAnyOrder("请填写主体名称", "请填写认定文书", "有效期至不能早于有效期自");
    }

    private List<String> partyMessages(long id, String lang) throws Exception {
        String body = mvc.perform(put("/api/v1/credit/licences/" + id + "/party").param("lang", lang).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partyType\":\"自然人\",\"partyName\":\"语言测试\",\"partyCreditCode\":\"91339902MA2K0A0145\"}")
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("§");
        return JsonPath.read(body, "$.errors[*].message");
    }

    @Test
    void aLicencePartysItemErrorsNameTheItemInTheReadersLanguage() throws Exception {
        long id = jdbc.sql("SELECT id FROM credit_licence ORDER BY id LIMIT 1").query(Long.class).single();
        assertThat(partyMessages(id, "en")).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsHan}"))
                .contains("XK_XDR_ZJLX ID type: required for a natural person".replace("ID type", englishIdType()));
        assertThat(partyMessages(id, "zh_CN")).contains("XK_XDR_ZJLX 证件类型：自然人须填写", "XK_XDR_SHXYM 统一社会信用代码：自然人不填写此项");
    }

    private String checkDetail(String code, String lang) throws Exception {
        String body = mvc.perform(get("/api/v1/credit/checks/" + code).param("lang", lang).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.detail");
    }

    @Test
    void aCreditChecksDetailReadsInTheReadersLanguageWithTheListingsAsRecorded() throws Exception {
        String clean = CreditCode.withCheckDigits("91339905MA2K0P77").value();
        assertThat(checkDetail(clean, "en")).isEqualTo("Not on the list of dishonest entities under joint punishment");
        assertThat(checkDetail(clean, "zh_CN")).isEqualTo("未列入失信联合惩戒对象名单");
        LocalDate today = LocalDate.now(clock);
        var listed = jdbc.sql("SELECT credit_code, list_type || '（' || source_document || '）' AS entry FROM credit_blacklist WHERE removed_at IS NULL"
                        + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from LIMIT 1")
                .params(today, today).query().singleRow();
        String code = (String) listed.get("credit_code");
        assertThat(checkDetail(code, "en")).startsWith("On the list of dishonest entities under joint punishment: ")
                .contains((String) listed.get("entry")).doesNotContain("列入失信");
        assertThat(checkDetail(code, "zh_CN")).startsWith("列入失信联合惩戒对象名单：" + listed.get("entry"));
    }

    private static String englishIdType() {
        return java.util.ResourceBundle.getBundle("i18n/credit", java.util.Locale.ENGLISH).getString("credit.audit.party.XDR_ZJLX");
    }
}
