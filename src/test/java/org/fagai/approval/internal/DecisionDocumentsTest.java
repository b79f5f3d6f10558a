package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.approval.internal.ApprovalApiTest.as;
import static org.fagai.approval.internal.ApprovalApiTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Decision documents and notices as the applicant receives them (.docx opened and read, PDF text extracted), and the
 * public check their QR code opens: valid, then revoked; nothing private on it.
 */
@FagaiIntegrationTest
class DecisionDocumentsTest {

    @Autowired
    MockMvc mvc;

    long signedFeasibility(boolean approved, boolean extended) throws Exception {
        ApprovalProcessApiTest api = steps(0);
        long id = api.accepted("FEASIBILITY", "2024-09-23T10:00");
        if (extended) {
            api.send("/api/v1/approvals/" + id + "/extension", "city", "{\"reason\":\"项目情况复杂，需补充论证\",\"at\":\"2024-09-24T10:00\"}");
            api.send("/api/v1/approvals/" + id + "/extension/approve", "leader", "{\"at\":\"2024-09-24T11:00\"}");
        }
        api.passTo(id, 2, "2024-09-24T14:00");
        api.send("/api/v1/approvals/" + id + "/decide", "city", approved ? "{\"approved\":true,\"at\":\"2024-09-25T10:00\"}"
                : "{\"approved\":false,\"reason\":\"项目选址不符合国土空间规划\",\"at\":\"2024-09-25T10:00\"}");
        api.send("/api/v1/approvals/" + id + "/sign", "leader", "{\"at\":\"2024-09-25T15:00\"}");
        return id;
    }

    @Test
    void theSignedDecisionAsDocxCarriesNumberFiguresLegalBasisExtensionAndAQrCodeThatVerifies() throws Exception {
        long id = signedFeasibility(true, true);
        byte[] docx = mvc.perform(get("/api/v1/approvals/" + id + "/decision?format=docx").with(as("city")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();
        String number;
        String url;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("关于流程接口测试项目可行性研究报告的批复", "东湖智能装备有限公司：", "《政府投资条例》",
                    "2406-339902-04-01-000888", "因项目情况复杂，需补充论证，经本机关负责人批准，办理期限延长10个工作日", "示范市发展和改革委员会",
                    "2024年9月25日", "电子证照验证码");
            number = doc.getParagraphs().get(1).getText();
            assertThat(number).matches("示发改审〔2024〕\\d+号");
            assertThat(doc.getAllPictures()).hasSize(1);
            url = decode(doc.getAllPictures().get(0).getData());
        }
        assertThat(url).contains("/public/licences/verify?code=");
        String code = url.substring(url.indexOf("code=") + 5);
        mvc.perform(get("/public/licences/verify").param("code", code).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.documentNumber").value(number))
                .andExpect(jsonPath("$.holderName").value("东湖智能装备有限公司"))
                .andExpect(jsonPath("$.applicantCreditCode").doesNotExist())
                .andExpect(jsonPath("$.verificationCode").value(code));
        String page = mvc.perform(get("/public/licences/verify").param("code", code.toLowerCase().replace("-", "")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(number, "有效").doesNotContain(ApprovalApiTest.CLEAN_CODE);

        steps(id).send("/api/v1/approvals/" + id + "/licence/revoke", "leader", "{\"reason\":\"以欺骗手段取得，依法撤销\"}");
        mvc.perform(get("/public/licences/verify").param("code", code).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedOn").isString());
        assertThat(mvc.perform(get("/public/licences/verify").param("code", code).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("已撤销").doesNotContain("以欺骗手段取得");
    }

    @Test
    void unknownAndHostileCodesFindNothing() throws Exception {
        mvc.perform(get("/public/licences/verify").param("code", "AAAA-BBBB-CCCC-DDDD").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("验证码无效"));
        mvc.perform(get("/public/licences/verify").param("code", "' OR 1=1 --" + "x".repeat(5000)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("未找到该验证码")));
        mvc.perform(get("/public/licences/verify").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        mvc.perform(get("/public/licences/verify").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
    }

    @Test
    void theRefusalAsPdfCarriesTheReasonAndTheAppealRights() throws Exception {
        long id = signedFeasibility(false, false);
        byte[] pdf = mvc.perform(get("/api/v1/approvals/" + id + "/decision?format=pdf").with(as("city")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String flat = text.toString().replaceAll("\\s", "");
        assertThat(flat).contains("不予行政许可决定书", "项目选址不符合国土空间规划", "行政许可法", "行政复议", "六个月内");
        assertThat(flat).containsPattern("示发改审〔2024〕\\d+号");
    }

    @Test
    void aDraftIsMarkedAndUnnumberedAndUnsignedApplicationsHaveNoDecisionYet() throws Exception {
        ApprovalProcessApiTest api = steps(0);
        long id = api.accepted("FILING", "2024-06-03T09:00");
        mvc.perform(get("/api/v1/approvals/" + id + "/decision").with(as("city"))).andExpect(status().isNotFound());
        api.send("/api/v1/approvals/" + id + "/decide", "city", "{\"approved\":true,\"at\":\"2024-06-03T10:00\"}");
        byte[] docx = mvc.perform(get("/api/v1/approvals/" + id + "/decision").with(as("city")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("企业投资项目备案证明");
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("（草稿，未签发）");
            assertThat(doc.getAllPictures()).isEmpty();
        }
    }

    @Test
    void aOneTimeNoticeListsEveryMissingMaterialAtOnce() throws Exception {
        ApprovalProcessApiTest api = steps(0);
        long id = api.accepted("FEASIBILITY", "2024-06-03T09:00");
        String suspended = api.send("/api/v1/approvals/" + id + "/suspend", "city", """
                {"at":"2024-06-03T10:00","reason":"请补充用地和环评文件","materials":["用地预审与选址意见书","环境影响评价审批文件"]}""");
        int notice = JsonPath.read(suspended, "$.process.notices[0].id");
        byte[] docx = mvc.perform(get("/api/v1/approvals/" + id + "/notices/" + notice + "?format=docx").with(as("city")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("补正材料一次性告知书", "一次性告知", "1. 用地预审与选址意见书", "2. 环境影响评价审批文件",
                    "补正说明：请补充用地和环评文件");
        }
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/approvals/" + id + "/resume"),
                "{\"at\":\"2024-06-04T10:00\"}").with(as("city"))).andExpect(status().isOk());
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/approvals/" + id + "/suspend"),
                        "{\"at\":\"2024-06-04T11:00\",\"reason\":\"补充\",\"materials\":[\"不在清单上的材料\"]}").with(as("city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("materials"));
    }

    private ApprovalProcessApiTest steps(long ignored) {
        ApprovalProcessApiTest api = new ApprovalProcessApiTest();
        api.mvc = mvc;
        return api;
    }

    /** The URL a QR code image carries (ZXing core, reading the picture's pixels). */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
