package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.engine.AttributeDefinitions;
import org.thymeleaf.engine.AttributeNames;
import org.thymeleaf.engine.ElementDefinitions;
import org.thymeleaf.engine.ElementNames;

/** Thymeleaf's name registries are guarded by non-fair locks (a fair one made a convoy of every request thread). */
@FagaiIntegrationTest
class ThymeleafLocksTest {

    @Autowired
    TemplateEngine engine;
    @Autowired
    MockMvc mvc;

    @Test
    void everyNameRegistryOfTheTemplateEngineHasANonFairLock() {
        List<Object> registries = new ArrayList<>();
        registries.addAll(ThymeleafLocks.registries(AttributeDefinitions.class, engine.getConfiguration().getAttributeDefinitions()));
        registries.addAll(ThymeleafLocks.registries(ElementDefinitions.class, engine.getConfiguration().getElementDefinitions()));
        registries.addAll(ThymeleafLocks.registries(AttributeNames.class, null));
        registries.addAll(ThymeleafLocks.registries(ElementNames.class, null));
        assertThat(registries).hasSize(16).noneMatch(ThymeleafLocks::isFair);
    }

    @Test
    void pagesStillRenderWithTheSwappedLocks() throws Exception {
        String page = mvc.perform(get("/projects").session(Sessions.signIn(mvc, "city"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"sidebar\"", "data-nav=\"projects\"");
    }
}
