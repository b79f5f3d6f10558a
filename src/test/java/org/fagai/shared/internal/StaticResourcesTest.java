package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The pages' scripts and styles are served from their own paths, webjars without a version in the link. */
@FagaiIntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void stylesScriptsAndWebjarsAreServed() throws Exception {
        for (String path : new String[] {"/css/fagai.css", "/js/fagai.js", "/webjars/bootstrap/css/bootstrap.min.css",
                "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/echarts.min.js"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
        mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
    }

    @Test
    void aPageLinksItsStylesheetsAndKeepsItsOwnLinksAsWritten() throws Exception {
        String home = mvc.perform(get("/").session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("/webjars/bootstrap/", "bootstrap.min.css", "/css/fagai.css", "href=\"/projects\"");
    }
}
