package org.fagai.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fagai.FagaiIntegrationTest;
import org.fagai.StatementCounter;
import org.fagai.approval.ApplicationSummary;
import org.fagai.approval.ApprovalAttention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The staff home page asks for its urgent applications and its to-do source asks again: within one request the list
 * is read once (two statements), answers the same applications in the same order as a reading of its own, and the
 * next request reads again.
 */
@FagaiIntegrationTest
class AttentionOncePerRequestTest {

    @Autowired
    ApprovalAttention attention;

    @Test
    @WithUserDetails("city")
    void theUrgentListIsReadOncePerRequestAndIsTheSameAsReadAlone() throws Exception {
        List<ApplicationSummary> alone10 = attention.needingAttention(10);
        List<ApplicationSummary> alone30 = attention.needingAttention(30);
        assertThat(alone10).as("the demo has applications in warning or overdue").isNotEmpty();
        assertThat(alone30).startsWith(alone10.toArray(ApplicationSummary[]::new));
        try {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            var home = StatementCounter.count(() -> attention.needingAttention(10));
            var todo = StatementCounter.count(() -> attention.needingAttention(30));
            assertThat(home.result()).isEqualTo(alone10);
            assertThat(todo.result()).isEqualTo(alone30);
            assertThat(home.statements()).isEqualTo(2);
            assertThat(todo.statements()).as("the second asking in the request").isZero();

            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            assertThat(StatementCounter.count(() -> attention.needingAttention(10)).statements()).as("the next request").isEqualTo(2);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
