package org.fagai.project.internal.milestones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.project.internal.registry.InvestmentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The page's confirmation lists the saved preliminaries as the reader lists things (、 / ", "). */
@FagaiIntegrationTest
class MilestoneRequirementsLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MilestoneRequirements requirements;

    @Test
    void theSavedConfirmationListsThePreliminariesInTheReadersLanguage() throws Exception {
        MockHttpSession admin = Sessions.signIn(mvc, "admin");
        List<MilestoneKind> kinds = requirements.all().get(InvestmentType.GOVERNMENT);
        assertThat(kinds).hasSizeGreaterThan(1).contains(MilestoneKind.FEASIBILITY);
        // The same kinds again: the flash is the point, the requirements stay as the demo has them.
        assertThat(saved(admin, kinds, "en")).contains("Feasibility study, ").doesNotContain("、");
        assertThat(saved(admin, kinds, "zh_CN")).contains("可行性研究报告、").doesNotContain(", ");
        assertThat(requirements.all().get(InvestmentType.GOVERNMENT)).isEqualTo(kinds);
    }

    private String saved(MockHttpSession admin, List<MilestoneKind> kinds, String language) throws Exception {
        var request = post("/admin/project-milestone-requirements/GOVERNMENT").session(admin).with(csrf()).param("lang", language);
        kinds.forEach(k -> request.param("kinds", k.name()));
        return (String) mvc.perform(request).andReturn().getFlashMap().get("saved");
    }
}
