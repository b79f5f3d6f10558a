package org.fagai.credit.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The 双公示 entry forms offer every 行政相对人类别, and a refused form comes back with the field named. */
@FagaiIntegrationTest
class CreditFormPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePenaltyAndLicenceFormsOfferEveryPartyType() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        for (String form : new String[] {"/credit/penalties/new", "/credit/licences/new"}) {
            mvc.perform(get(form).session(city)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"法人及非法人组织\"")))
                    .andExpect(content().string(containsString("value=\"自然人\"")))
                    .andExpect(content().string(containsString("value=\"个体工商户\"")));
        }
    }

    @Test
    void aPenaltyWhosePartyNameHoldsANulIsShownAgainNamingTheField() throws Exception {
        mvc.perform(post("/credit/penalties").session(Sessions.signIn(mvc, "city")).with(csrf())
                        .param("partyName", "某某\u0000公司").param("partyType", "法人及非法人组织"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含空字符（NUL）")));
    }
}
