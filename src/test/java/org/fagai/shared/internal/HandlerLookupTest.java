package org.fagai.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.fagai.FagaiIntegrationTest;
import org.fagai.Sessions;
import org.fagai.shared.internal.HandlerLookup.FirstSegmentHandlerMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The handler lookup skips the mappings of other first segments, and finds the same handlers as Spring's own. */
@FagaiIntegrationTest
class HandlerLookupTest {

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;
    @Autowired
    MockMvc mvc;

    @Test
    void thePlatformsPageMappingIsTheFirstSegmentLookup() {
        assertThat(requestMappingHandlerMapping).isInstanceOf(FirstSegmentHandlerMapping.class);
    }

    @Test
    void aRequestsFirstSegmentIsReadOnlyFromAPlainPath() {
        assertThat(FirstSegmentHandlerMapping.firstSegment("/projects/2025-339902-48-01-700001")).isEqualTo("projects");
        assertThat(FirstSegmentHandlerMapping.firstSegment("/projects")).isEqualTo("projects");
        assertThat(FirstSegmentHandlerMapping.firstSegment("/")).isEmpty();
        assertThat(FirstSegmentHandlerMapping.firstSegment("/proj%65cts/1")).isNull();
        assertThat(FirstSegmentHandlerMapping.firstSegment("/projects;a=b/1")).isNull();
        assertThat(FirstSegmentHandlerMapping.firstSegment("")).isNull();
    }

    @Test
    void aMappingWhosePatternsBeginWithAVariableOrWildcardMayMatchAnyFirstSegment() {
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/projects/{code}", "/api/v1/projects").build()))
                .isEqualTo(Set.of("projects", "api"));
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/{any}/x").build())).isEmpty();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/**").build())).isEmpty();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegments(RequestMappingInfo.paths("/").build())).isEmpty();
    }

    @Test
    void pagesWithPathVariablesDirectPathsAndUnknownPathsAnswerAsBefore() throws Exception {
        MockHttpSession city = Sessions.signIn(mvc, "city");
        mvc.perform(get("/projects").session(city)).andExpect(status().isOk());
        mvc.perform(get("/projects/dashboard").session(city)).andExpect(status().isOk());
        mvc.perform(get("/projects/no-such-code").session(city)).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page/at/all").session(city)).andExpect(status().isNotFound());
        mvc.perform(get("/").session(city)).andExpect(status().isOk());
    }
}
