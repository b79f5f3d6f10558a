package org.fagai.project.internal.blockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The blockers API: a blocker with its item's state, and routing it onto the 督办 loop — and every refusal. */
@FagaiIntegrationTest
class BlockerApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long city;
    long unit;

    @BeforeEach
    void people() {
        city = jdbc.sql("SELECT id FROM app_user WHERE username = 'city'").query(Long.class).single();
        unit = jdbc.sql("SELECT department_id FROM app_user WHERE username = 'city'").query(Long.class).single();
    }

    private long blocker(String region, String description) {
        long project = jdbc.sql("SELECT id FROM project WHERE region_code = ? ORDER BY code DESC LIMIT 1").param(region).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO project_blocker (project_id, category, description, department, raised_on, deadline, status, raised_by)
                VALUES (?, 'APPROVAL', ?, '住房和城乡建设局', ?, ?, 'OPEN', 'district') RETURNING id""")
                .params(project, description, LocalDate.now(), LocalDate.now().plusDays(14)).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder route(long blocker, String user, String body) {
        return post("/api/v1/projects/blockers/" + blocker + "/route").with(httpBasic(user, DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String lead() {
        return "{\"leadUnitId\":" + unit + ",\"leadPersonId\":" + city + "}";
    }

    @Test
    void staffRouteABlockerAndReadItsItemsStateOnTheBlockerAndTheProjectsList() throws Exception {
        long blocker = blocker("339902", "测试：接口转督办的施工许可问题");
        String code = jdbc.sql("SELECT p.code FROM project p JOIN project_blocker b ON b.project_id = p.id WHERE b.id = ?")
                .param(blocker).query(String.class).single();
        mvc.perform(get("/api/v1/projects/blockers/" + blocker).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemId").doesNotExist())
                .andExpect(jsonPath("$.loop").doesNotExist());

        String location = mvc.perform(route(blocker, "district", lead()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/supervision/items/")))
                .andExpect(jsonPath("$.loop.state").value("PENDING_SIGN"))
                .andExpect(jsonPath("$.loop.colour").exists())
                .andExpect(jsonPath("$.loop.leadPersonName").value("李科长"))
                .andReturn().getResponse().getHeader("Location");
        long item = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT item_id FROM project_blocker WHERE id = ?").param(blocker).query(Long.class).single()).isEqualTo(item);

        mvc.perform(post("/api/v1/supervision/items/" + item + "/sign").with(httpBasic("city", DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/blockers/" + blocker).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.itemId").value(item))
                .andExpect(jsonPath("$.loop.state").value("IN_PROGRESS"));
        mvc.perform(get("/api/v1/projects/" + code + "/blockers").with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + blocker + ")].loop.state").value("IN_PROGRESS"));

        mvc.perform(route(blocker, "district", lead()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("问题已转督办")));
    }

    @Test
    void leadersAndProjectOwnersMayNotRouteAndADistrictSeesNoBlockerOfAnotherRegion() throws Exception {
        long own = blocker("339902", "测试：接口拒绝的本区问题");
        mvc.perform(route(own, "leader", lead())).andExpect(status().isForbidden());
        mvc.perform(route(own, "owner", lead())).andExpect(status().isForbidden());
        long cityBlocker = blocker("339900", "测试：接口拒绝的市级问题");
        mvc.perform(route(cityBlocker, "district", lead())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/blockers/" + cityBlocker).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM project_blocker WHERE id IN (?, ?) AND item_id IS NULL").params(own, cityBlocker)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badIdsAreRefusedNamingTheFieldAndAResolvedBlockerIsNotRouted() throws Exception {
        long blocker = blocker("339902", "测试：接口的错误编号");
        mvc.perform(route(blocker, "district", "{\"leadUnitId\":999999999,\"leadPersonId\":" + city + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leadUnitId"));
        mvc.perform(route(blocker, "district", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'leadPersonId')]").exists());
        mvc.perform(route(999_999_999L, "district", lead())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/projects/blockers/abc/route").with(httpBasic("district", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(lead()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/projects/blockers/-1").with(httpBasic("district", DEMO_PASSWORD))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT item_id FROM project_blocker WHERE id = ?").param(blocker).query(Long.class).optional()).isEmpty();

        jdbc.sql("UPDATE project_blocker SET status = 'RESOLVED', resolution = '已协调', resolved_on = ? WHERE id = ?")
                .params(LocalDate.now(), blocker).update();
        mvc.perform(route(blocker, "district", lead()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("问题已解决")));
        mvc.perform(get("/api/v1/projects/blockers/" + blocker).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(header().doesNotExist("Location"));
    }
}
