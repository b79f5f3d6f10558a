package org.fagai.energy.internal;

import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.fagai.shared.CreditCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Test data through the platform's own APIs: enterprises in a county of another province (so each test class owns
 * its region and its figures), GDP values, reports.
 */
final class EnergyFixtures {

    private final MockMvc mvc;

    EnergyFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Registers an enterprise in {@code county} flagged 重点用能单位 in {@code flagYear}; returns its credit code. */
    String enterprise(String county, int serial, String name, int flagYear) throws Exception {
        String code = CreditCode.withCheckDigits("91" + county + "MA" + String.format("%06d", serial)).value();
        mvc.perform(post("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", DEMO_PASSWORD))
                .content("""
                        {"creditCode":"%s","name":"%s","regionCode":"%s","industryCode":"3011","flags":"KEY_ENERGY","flagYear":%d}"""
                        .formatted(code, name, county, flagYear)));
        return code;
    }

    ResultActions report(String user, String creditCode, String month, String items) throws Exception {
        return mvc.perform(post("/api/v1/energy/reports").contentType(MediaType.APPLICATION_JSON).with(httpBasic(user, DEMO_PASSWORD))
                .content("{\"creditCode\":\"" + creditCode + "\",\"month\":\"" + month + "\"," + items + "}"));
    }

    /** A month of electricity only (万kWh): 1 万kWh = 1.229 tce. */
    void electricity(String creditCode, String month, String wanKwh) throws Exception {
        report("admin", creditCode, month, "\"items\":[{\"type\":\"ELECTRICITY\",\"amount\":" + wanKwh + "}]");
    }

    void gdp(String region, String period, String value, String growth) throws Exception {
        mvc.perform(post("/api/v1/indicators/values").contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", DEMO_PASSWORD))
                .content("{\"indicatorCode\":\"GDP\",\"regionCode\":\"" + region + "\",\"period\":\"" + period + "\",\"value\":"
                        + value + (growth == null ? "" : ",\"reportedGrowth\":" + growth) + "}"));
    }

    ResultActions target(String region, int year, String intensity, String co2, String cap) throws Exception {
        return mvc.perform(put("/api/v1/energy/targets").contentType(MediaType.APPLICATION_JSON).with(httpBasic("admin", DEMO_PASSWORD))
                .content("{\"subjectType\":\"REGION\",\"subjectCode\":\"" + region + "\",\"year\":" + year
                        + ",\"intensityDecline\":" + intensity + ",\"co2IntensityDecline\":" + co2 + ",\"totalCap\":" + cap + "}"));
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }
}
