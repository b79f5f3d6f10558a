package org.fagai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fixed reference tables are short and shown whole, with their total: the promised limits (one row per approval
 * kind) and the penalty publication periods (one per category) in their fixed order; the indicator catalogue, which
 * administrators extend, sorts by code, name or frequency, and exports in the order shown.
 */
@FagaiIntegrationTest
class ShortReferenceTablesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String page(String path, MockHttpSession session) throws Exception {
        return Reads.page(mvc, path, session);
    }

    @Test
    void theCatalogueSortsByNameEitherWayShowsItsTotalAndExportsInThatOrder() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        long count = jdbc.sql("SELECT count(*) FROM indicator").query(Long.class).single();
        List<String> codes = jdbc.sql("SELECT code FROM indicator").query(String.class).list().stream().sorted().toList();
        String byCode = page("/indicators/catalogue?sort=CODE&desc=true", admin);
        assertThat(byCode).contains("共 " + count + " 项").contains("aria-sort=\"descending\"")
                .contains("/indicators/catalogue/export?");
        assertThat(byCode.indexOf(">" + codes.get(codes.size() - 1) + "<")).isLessThan(byCode.indexOf(">" + codes.get(0) + "<"));
        byte[] xlsx = mvc.perform(get("/indicators/catalogue/export?sort=CODE&desc=true").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> exported = workbook.getFirstSheet().read().stream().map(r -> r.getCellText(0))
                    .filter(codes::contains).toList();
            List<String> reversed = new java.util.ArrayList<>(codes);
            java.util.Collections.reverse(reversed);
            assertThat(exported).isEqualTo(reversed);
        }
        assertThat(page("/indicators/catalogue?sort=NAME&lang=en", admin)).contains(count + " in all");
        mvc.perform(get("/indicators/catalogue?sort=DROP").session(admin)).andExpect(status().isBadRequest());
    }

    @Test
    void theLimitsAndThePublicationPeriodsShowTheirTotal() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        long kinds = jdbc.sql("SELECT count(*) FROM approval_kind_limit").query(Long.class).single();
        assertThat(page("/approvals/kinds", admin)).contains("id=\"kinds-total\"").contains("共 " + kinds + " 项");
        assertThat(page("/admin/credit-periods", admin)).contains("id=\"periods-total\"");
    }
}
